import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/assessment/assessment'
import { summarizePlan } from '@shared/assessment/bank-upgrade'
import { validateAssessmentAgainstBank } from '@shared/assessment/validate'
import { loadBank } from '@shared/bank'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import bank110Json from '../../../resources/banks/sac-stability-2025-1.1.0.json'
import { generateSampleAssessment } from '@shared/sample'
import type { StabilityDatabase } from './database'
import { databasePerTest } from './test-support'
import { loadAssessment, putWholeAssessment } from './repos/assessments'
import { saveAnswer } from './repos/answers'
import { installBanks } from './repos/banks'
import {
  applyStoredBankUpgrade,
  planStoredBankUpgrade,
  undoStoredBankUpgrade
} from './repos/bank-upgrade'
import { finalizeAssessment } from './repos/lifecycle'

/*
 * Moving a stored assessment between bank versions: the plan changes nothing; applying writes
 * everything in one transaction with one audit entry; undo puts every row back while nothing
 * changed since; a finalized assessment is never touched.
 */

const v100 = loadedDefaultBank()
const v110 = (() => {
  const loaded = loadBank(bank110Json)
  if (!loaded.ok) throw new Error('sac-stability-2025 1.1.0 does not load')
  return loaded.value
})()

let db: StabilityDatabase
const t0 = new Date('2026-12-06T02:00:00.000Z')
/** A minute later: entries written at the same instant are ordered by their random ids on reading. */
const t1 = new Date('2026-12-06T02:01:00.000Z')
const t2 = new Date('2026-12-06T02:02:00.000Z')

/** An assessment with its rows in key order (as storage returns them). */
const inKeyOrder = (a: Assessment): Assessment => ({
  ...a,
  answers: a.answers.toSorted((x, y) => x.questionId.localeCompare(y.questionId)),
  factors: a.factors.toSorted((x, y) => x.factorId.localeCompare(y.factorId)),
  findings: a.findings.toSorted((x, y) => x.findingId.localeCompare(y.findingId))
})

/** A stored, not finalized 1.0.0 sample. */
async function storedSample(seed: number): Promise<Assessment> {
  const sample = { ...generateSampleAssessment(v100.bank, { seed }), status: 'draft' as const }
  await putWholeAssessment(db, sample)
  return (await loadAssessment(db, sample.id))!
}

databasePerTest('bank-upgrade-test', async (opened) => {
  db = opened
  await installBanks(db, [v100, v110], 'builtin', t0)
})

describe('bank upgrade of a stored assessment', () => {
  it('plans without changing anything, accounting for every answer and factor entry', async () => {
    const before = await storedSample(7)
    const { plan } = await planStoredBankUpgrade(db, before.id, v110.ref.contentHash)
    expect(await loadAssessment(db, before.id)).toEqual(before)
    const summary = summarizePlan(plan)
    expect(summary.carried.length + summary.toConfirm.length + summary.notCarried.length).toBe(
      before.answers.length + before.factors.length + before.findings.length
    )
    expect(summary.toConfirm.length).toBeGreaterThan(0)
    expect(summary.notCarried.length).toBeGreaterThan(0)
  })

  it('applies in one step with one audit entry that keeps every old value', async () => {
    const before = await storedSample(7)
    const upgraded = await applyStoredBankUpgrade(
      db,
      before.id,
      v110.ref.contentHash,
      '张伟',
      new Date('2026-12-06T03:00:00.000Z')
    )
    const stored = (await loadAssessment(db, before.id))!
    // Stored rows come back in key order; the upgrade lists them in the new bank's order.
    expect(inKeyOrder(stored)).toEqual(inKeyOrder(upgraded))
    expect(stored.bank).toEqual(v110.ref)
    expect(validateAssessmentAgainstBank(stored, v110.bank)).toEqual([])
    const added = stored.auditLog.slice(before.auditLog.length)
    expect(added.map((entry) => [entry.action, entry.by])).toEqual([
      ['assessment.bankUpgrade', '张伟']
    ])
    const kept = added[0]!.oldValue as Pick<Assessment, 'answers' | 'factors' | 'bank'>
    expect(kept.answers).toEqual(before.answers)
    expect(kept.factors).toEqual(before.factors)
    expect(kept.bank).toEqual(before.bank)
    // Everything but the bank's content stays as it was.
    expect(stored.metadata).toEqual(before.metadata)
    expect(stored.narrative).toEqual(before.narrative)
  })

  it('undoes the upgrade while nothing changed since, restoring every row', async () => {
    const before = await storedSample(42)
    await applyStoredBankUpgrade(db, before.id, v110.ref.contentHash, '张伟', t0)
    const undone = await undoStoredBankUpgrade(db, before.id, '李娜', t1)
    const stored = (await loadAssessment(db, before.id))!
    expect(stored).toEqual(undone)
    expect(stored.bank).toEqual(before.bank)
    expect(stored.profile).toEqual(before.profile)
    expect(stored.answers).toEqual(before.answers)
    expect(stored.factors).toEqual(before.factors)
    expect(stored.findings).toEqual(before.findings)
    expect(stored.auditLog.slice(before.auditLog.length).map((e) => e.action)).toEqual([
      'assessment.bankUpgrade',
      'assessment.bankUpgradeUndo'
    ])
  })

  it('refuses undo once an answer changed after the upgrade, and keeps that answer', async () => {
    const before = await storedSample(7)
    const upgraded = await applyStoredBankUpgrade(db, before.id, v110.ref.contentHash, '张伟', t0)
    const question = upgraded.answers.find((a) => a.na === undefined)
    expect(question).toBeDefined()
    await saveAnswer(db, before.id, question!.questionId, { comment: '复核后补充' }, '张伟', t1)
    const changed = (await loadAssessment(db, before.id))!
    await expect(undoStoredBankUpgrade(db, before.id, '张伟', t2)).rejects.toMatchObject({
      code: 'invalid'
    })
    expect(await loadAssessment(db, before.id)).toEqual(changed)
  })

  it('never changes a finalized assessment', async () => {
    const before = await storedSample(7)
    await finalizeAssessment(db, before.id, { by: '张伟', contentHash: 'c'.repeat(64) }, t0)
    const sealed = (await loadAssessment(db, before.id))!
    await expect(
      applyStoredBankUpgrade(db, before.id, v110.ref.contentHash, '张伟', t0)
    ).rejects.toMatchObject({ code: 'readOnly' })
    expect(await loadAssessment(db, before.id)).toEqual(sealed)
  })

  it('a second upgrade to the same version changes nothing', async () => {
    const before = await storedSample(1)
    await applyStoredBankUpgrade(db, before.id, v110.ref.contentHash, '张伟', t0)
    const once = (await loadAssessment(db, before.id))!
    const { plan } = await planStoredBankUpgrade(db, before.id, v110.ref.contentHash)
    expect(plan.noop).toBe(true)
    await applyStoredBankUpgrade(db, before.id, v110.ref.contentHash, '张伟', t0)
    expect(await loadAssessment(db, before.id)).toEqual(once)
  })
})
