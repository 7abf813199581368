import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { assessmentContentHash } from '@shared/assessment/canonical'
import { isFinalizationSealValid } from '@shared/assessment/seal'
import { generateSampleAssessment } from '@shared/sample'
import type { StabilityDatabase } from './database'
import { databasePerTest } from './test-support'
import { loadAssessment } from './repos/assessments'
import { saveAnswer } from './repos/answers'
import { installBanks } from './repos/banks'
import { importAssessment } from './repos/import-assessment'
import { finalizeWithSeal } from './repos/sign-off'

const { bank, ref } = loadedDefaultBank()
const sample = () => generateSampleAssessment(bank, { seed: 7 })

let db: StabilityDatabase
const now = new Date('2026-03-01T08:00:00.000Z')

databasePerTest('sign-off-import', async (opened) => {
  db = opened
  await installBanks(db, [{ bank, ref }], 'builtin', now)
})

describe('importAssessment', () => {
  it('writes the assessment with an import entry', async () => {
    const assessment = sample()
    const outcome = await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    expect(outcome).toEqual({ ok: true, id: assessment.id })
    const stored = await loadAssessment(db, assessment.id)
    expect(stored && assessmentContentHash(stored)).toBe(assessmentContentHash(assessment))
    expect(stored?.auditLog.at(-1)).toMatchObject({
      action: 'assessment.import',
      by: '张伟',
      newValue: { fileName: 'a.json' }
    })
  })

  it('imports a file whose id is taken as a copy with a new id', async () => {
    const assessment = sample()
    await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    const outcome = await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    expect(outcome).toMatchObject({ ok: true, copiedFrom: assessment.id })
    if (!outcome.ok) return
    expect(outcome.id).not.toBe(assessment.id)
    expect(await db.assessments.count()).toBe(2)
    const copy = await loadAssessment(db, outcome.id)
    expect(copy && assessmentContentHash(copy)).toBe(assessmentContentHash(assessment))
  })

  it('writes nothing when the assessment does not fit its bank', async () => {
    const assessment = sample()
    assessment.answers[0] = { ...assessment.answers[0]!, value: 'not a level' }
    const outcome = await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' })
    if (outcome.ok || outcome.reason !== 'invalid') return
    expect(outcome.issues[0]?.path).toBe('assessment.answers[0].value')
    expect(await db.assessments.count()).toBe(0)
    expect(await db.answers.count()).toBe(0)
  })

  it('writes nothing when the exact bank is not installed', async () => {
    const assessment = { ...sample(), bank: { ...ref, contentHash: 'b'.repeat(64) } }
    const outcome = await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    expect(outcome).toMatchObject({ ok: false, reason: 'bankMissing' })
    expect(await db.assessments.count()).toBe(0)
  })
})

describe('finalizeWithSeal', () => {
  it('seals exactly what is stored and makes the assessment read-only', async () => {
    const assessment = sample()
    await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    const seal = await finalizeWithSeal(db, assessment.id, '李娜', now)
    const stored = await loadAssessment(db, assessment.id)
    expect(stored?.status).toBe('finalized')
    expect(stored?.finalization).toEqual(seal)
    // It covers every audit entry before its own (the finalize entry is the newest).
    expect(seal.auditHead?.length).toBe(stored!.auditLog.length - 1)
    expect(stored && isFinalizationSealValid(stored)).toBe(true)
    await expect(
      saveAnswer(db, assessment.id, 'A1.01', { value: 1 }, '李娜')
    ).rejects.toMatchObject({ code: 'readOnly' })
  })

  it('refuses a finalized assessment and leaves its seal alone', async () => {
    const assessment = sample()
    await importAssessment(db, assessment, { by: '张伟', fileName: 'a.json' }, now)
    const seal = await finalizeWithSeal(db, assessment.id, '李娜', now)
    await expect(finalizeWithSeal(db, assessment.id, '王强')).rejects.toMatchObject({
      code: 'readOnly'
    })
    expect((await db.assessments.get(assessment.id))?.finalization).toEqual(seal)
  })
})
