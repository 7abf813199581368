import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { assessmentSchema, type FactorEntry } from '@shared/assessment/assessment'
import { auditEntryHash, verifyAuditChain } from '@shared/assessment/audit-chain'
import { assessmentContentHash } from '@shared/assessment/canonical'
import type { StabilityDatabase } from './database'
import {
  createAssessment,
  loadAssessment,
  putWholeAssessment,
  updateMetadata
} from './repos/assessments'
import { listAudit } from './repos/audit'
import { changeFinding, saveAnswer, saveFactorEntry } from './repos/answers'
import {
  duplicateAsNextPeriod,
  finalizeAssessment,
  moveToTrash,
  nextPeriod,
  purgeFromTrash,
  reopenAssessment,
  restoreFromTrash
} from './repos/lifecycle'
import { DEFAULT_SETTINGS, loadSettings, saveSetting } from './repos/settings'
import { StorageError, toStorageError } from './storage-error'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

let db: StabilityDatabase

databasePerTest('repos-test', (opened) => {
  db = opened
})

describe('assessments', () => {
  it('creates a draft whose loaded form is a valid assessment with a creation audit entry', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const loaded = await loadAssessment(db, id)
    expect(assessmentSchema.parse(loaded)).toMatchObject({
      id,
      status: 'draft',
      metadata: { institution: '示例证券股份有限公司' },
      answers: []
    })
    expect(loaded?.auditLog.map((e) => e.action)).toEqual(['assessment.create'])
  })

  it('saves an answer, its audit entry (old → new) and updatedAt in one go', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 2 }, '张伟', later(1))
    await saveAnswer(db, id, 'A1.01', { value: 3 }, '李娜', later(2))
    const loaded = await loadAssessment(db, id)
    expect(loaded?.answers).toEqual([
      expect.objectContaining({
        questionId: 'A1.01',
        value: 3,
        answeredBy: '李娜',
        answeredAt: later(2).toISOString()
      })
    ])
    expect(loaded?.updatedAt).toBe(later(2).toISOString())
    const audit = await listAudit(db, id)
    expect(audit.map((e) => [e.action, e.by, e.oldValue, e.newValue])).toEqual([
      ['assessment.create', '张伟', undefined, { institution: '示例证券股份有限公司' }],
      ['answer.set', '张伟', undefined, expect.objectContaining({ value: 2 })],
      [
        'answer.set',
        '李娜',
        expect.objectContaining({ value: 2 }),
        expect.objectContaining({ value: 3 })
      ]
    ])
  })

  it('coalesces a quick series of edits by one person into one audit entry that keeps the first old value', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 1 }, '张伟', later(100))
    for (const [i, comment] of ['a', 'ab', 'abc'].entries()) {
      await saveAnswer(db, id, 'A1.01', { comment }, '张伟', later(101 + i))
    }
    const audit = (await listAudit(db, id)).filter((e) => e.action === 'answer.set')
    expect(audit).toHaveLength(1)
    expect(audit[0]?.newValue).toMatchObject({ value: 1, comment: 'abc' })
    await saveAnswer(db, id, 'A1.01', { comment: 'abcd' }, '张伟', later(200))
    expect((await listAudit(db, id)).filter((e) => e.action === 'answer.set')).toHaveLength(2)
  })

  it('confirms a carried-over answer when its value changes, not when only a comment changes', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 2, carriedOver: true }, '张伟', later(1))
    await saveAnswer(db, id, 'A1.01', { comment: 'seen' }, '张伟', later(2))
    expect((await db.answers.get([id, 'A1.01']))?.carriedOver).toBe(true)
    await saveAnswer(db, id, 'A1.01', { value: 2 }, '张伟', later(3))
    expect((await db.answers.get([id, 'A1.01']))?.carriedOver).toBe(false)
  })

  it('clears N/A when the change sets na to undefined', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'B1.02', { na: { justification: '无外部对照要求' } }, '张伟', later(1))
    await saveAnswer(db, id, 'B1.02', { na: undefined, value: 'yes' }, '张伟', later(2))
    const row = await db.answers.get([id, 'B1.02'])
    expect(row?.na).toBeUndefined()
    expect(row?.value).toBe('yes')
  })

  it('merges factor inputs and logs findings', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveFactorEntry(db, id, 'F01', { values: { F_total: 42 } }, '张伟', later(1))
    await saveFactorEntry(db, id, 'F01', { values: { F_mon: 38 } }, '张伟', later(2))
    await changeFinding(db, id, 'q:C3.01', { owner: '运维部', status: 'open' }, '张伟', later(3))
    const loaded = await loadAssessment(db, id)
    expect(loaded?.factors[0]?.values).toEqual({ F_total: 42, F_mon: 38 })
    expect(loaded?.findings).toEqual([{ findingId: 'q:C3.01', owner: '运维部', status: 'open' }])
    expect(loaded?.auditLog.map((e) => e.action)).toEqual([
      'assessment.create',
      'factor.set',
      'finding.set'
    ])
  })

  it('applies a finding change to the record as stored, keeping every other field', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const history = [
      {
        assessmentId: 'earlier',
        period: { start: '2024-01-01', end: '2024-12-31' },
        status: 'inProgress' as const
      }
    ]
    await changeFinding(db, id, 'q:C3.01', { owner: '运维部', history }, '张伟', later(1))
    await changeFinding(db, id, 'q:C3.01', { dueDate: '2026-03-31' }, '张伟', later(2))
    await changeFinding(
      db,
      id,
      'q:C3.01',
      { risk: { level: 'high', reason: '影响交易' } },
      '张伟',
      later(3)
    )
    // Removing a field and emptying a text both leave it absent.
    await changeFinding(db, id, 'q:C3.01', { risk: undefined, action: '  ' }, '张伟', later(4))
    const loaded = await loadAssessment(db, id)
    expect(loaded?.findings).toEqual([
      { findingId: 'q:C3.01', status: 'open', owner: '运维部', dueDate: '2026-03-31', history }
    ])
  })

  it('refuses metadata changes with an empty institution only at the form level but stores valid ones with an audit entry', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const metadata = { ...TEST_NEW_ASSESSMENT.metadata, institution: '另一家证券公司' }
    await updateMetadata(db, id, metadata, '张伟', () => Promise.resolve([]), later(5))
    const loaded = await loadAssessment(db, id)
    expect(loaded?.metadata.institution).toBe('另一家证券公司')
    expect(loaded?.auditLog.at(-1)).toMatchObject({
      action: 'assessment.update',
      target: 'metadata'
    })
  })
})

describe('key systems and per-system figures', () => {
  it('saves figures per system, merged, and drops a removed system’s figures with an audit entry', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    // F11's inputs, one system at a time, as the per-system form saves them.
    const saveF11 = (bySystem: FactorEntry['bySystem'], seconds: number) =>
      saveFactorEntry(db, id, 'F11', { bySystem }, '张伟', later(seconds))
    await saveF11({ 'sys-1': { T_service: 58080 } }, 1)
    await saveF11({ 'sys-1': { T_down: 116 } }, 2)
    await saveF11({ 'sys-2': { T_down: 0 } }, 3)
    let loaded = await loadAssessment(db, id)
    expect(loaded?.factors[0]).toMatchObject({
      values: {},
      bySystem: { 'sys-1': { T_service: 58080, T_down: 116 }, 'sys-2': { T_down: 0 } }
    })

    const metadata = {
      ...TEST_NEW_ASSESSMENT.metadata,
      systems: [{ id: 'sys-2', name: '网上交易系统', class: 4 as const, realTime: true }]
    }
    await updateMetadata(db, id, metadata, '李娜', () => Promise.resolve([]), later(4))
    loaded = await loadAssessment(db, id)
    expect(loaded?.metadata.systems).toEqual(metadata.systems)
    expect(loaded?.factors[0]?.bySystem).toEqual({ 'sys-2': { T_down: 0 } })
    const dropped = loaded?.auditLog.find((e) => e.by === '李娜' && e.action === 'factor.set')
    expect(dropped).toMatchObject({
      target: 'factor:F11',
      oldValue: {
        bySystem: { 'sys-1': { T_service: 58080, T_down: 116 }, 'sys-2': { T_down: 0 } }
      },
      newValue: { bySystem: { 'sys-2': { T_down: 0 } } }
    })
    expect(loaded?.auditLog).toContainEqual(
      expect.objectContaining({ action: 'assessment.update', target: 'metadata', by: '李娜' })
    )
    // The dropped figures' entry is chained after the metadata change's: the log stays intact.
    expect(loaded?.auditLog.slice(-2).map((e) => e.action)).toEqual([
      'assessment.update',
      'factor.set'
    ])
    expect(verifyAuditChain(loaded!.auditLog, loaded!.auditHead)).toMatchObject({
      intact: true,
      length: loaded!.auditLog.length
    })
  })
})

describe('finalize and reopen', () => {
  it('locks a finalized assessment: changes are refused and nothing is written', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 2 }, '张伟', later(1))
    await finalizeAssessment(db, id, { by: '王芳', contentHash: 'b'.repeat(64) }, later(2))
    const before = await loadAssessment(db, id)
    const refusal = saveAnswer(db, id, 'A1.01', { value: 4 }, '张伟', later(3))
    await expect(refusal).rejects.toBeInstanceOf(StorageError)
    await expect(refusal).rejects.toMatchObject({ code: 'readOnly' })
    await expect(
      saveFactorEntry(db, id, 'F01', { values: { x: 1 } }, '张伟')
    ).rejects.toMatchObject({
      code: 'readOnly'
    })
    expect(await loadAssessment(db, id)).toEqual(before)
    // The seal covers the audit chain as it stood: creation and the answer, not the seal itself.
    const covered = before!.auditLog[1]!
    expect(before?.finalization).toEqual({
      by: '王芳',
      at: later(2).toISOString(),
      contentHash: 'b'.repeat(64),
      // New seals say that their hash covers the registers (shared/assessment/seal.ts).
      covers: ['registers'],
      auditHead: { length: 2, entryId: covered.id, hash: auditEntryHash(covered) }
    })
  })

  it('reopens only with a reason, which is logged with the old seal', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await finalizeAssessment(db, id, { by: '王芳', contentHash: 'c'.repeat(64) }, later(1))
    await expect(reopenAssessment(db, id, '王芳', '   ', later(2))).rejects.toMatchObject({
      code: 'invalid'
    })
    await reopenAssessment(db, id, '王芳', '监管检查后补充证据', later(3))
    const loaded = await loadAssessment(db, id)
    expect(loaded?.status).toBe('inReview')
    expect(loaded?.finalization).toBeUndefined()
    expect(loaded?.auditLog.at(-1)).toMatchObject({
      action: 'assessment.reopen',
      by: '王芳',
      reason: '监管检查后补充证据',
      oldValue: { contentHash: 'c'.repeat(64) }
    })
    await saveAnswer(db, id, 'A1.01', { value: 1 }, '张伟', later(4))
  })
})

describe('trash and next period', () => {
  it('moves to the trash, restores, and purges everything that belongs to an assessment', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 2 }, '张伟', later(1))
    await moveToTrash(db, id, '王芳', later(2))
    expect((await db.assessments.get(id))?.deletedAt).toBe(later(2).toISOString())
    await expect(saveAnswer(db, id, 'A1.01', { value: 3 }, '张伟')).rejects.toMatchObject({
      code: 'readOnly'
    })
    await restoreFromTrash(db, id, '李娜', later(3))
    expect((await db.assessments.get(id))?.deletedAt).toBeUndefined()
    // Both moves are audited, each its own entry (a quick trash-and-restore is two facts).
    const moves = (await listAudit(db, id)).filter((e) => e.action === 'assessment.update')
    expect(moves.map(({ at, by, oldValue, newValue }) => ({ at, by, oldValue, newValue }))).toEqual(
      [
        {
          at: later(2).toISOString(),
          by: '王芳',
          oldValue: { inTrash: false },
          newValue: { inTrash: true }
        },
        {
          at: later(3).toISOString(),
          by: '李娜',
          oldValue: { inTrash: true },
          newValue: { inTrash: false }
        }
      ]
    )
    await expect(purgeFromTrash(db, id)).rejects.toMatchObject({ code: 'invalid' })
    await expect(moveToTrash(db, 'missing', '王芳')).rejects.toMatchObject({ code: 'notFound' })
    await moveToTrash(db, id, '王芳')
    await purgeFromTrash(db, id)
    expect(await db.assessments.count()).toBe(0)
    expect(await db.answers.count()).toBe(0)
    expect(await db.auditLog.count()).toBe(0)
  })

  it.each([
    // A year, a quarter, a year ending in February, ten days across a month end.
    ['2025-01-01', '2025-12-31', '2026-01-01', '2026-12-31'],
    ['2025-07-01', '2025-09-30', '2025-10-01', '2025-12-31'],
    ['2024-03-01', '2025-02-28', '2025-03-01', '2026-02-28'],
    ['2025-01-15', '2025-01-24', '2025-01-25', '2025-02-03']
  ])(
    'computes the next period of the same length: %s…%s → %s…%s',
    (start, end, nextStart, nextEnd) => {
      expect(nextPeriod({ start, end })).toEqual({ start: nextStart, end: nextEnd })
    }
  )

  it('duplicates as the next period: answers carried over, findings not closed follow with their history, factors and review state do not', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 3, flagged: true }, '张伟', later(1))
    await saveFactorEntry(db, id, 'F01', { values: { F_total: 42 } }, '张伟', later(2))
    await changeFinding(db, id, 'q:A1.01', { status: 'open', owner: '运维部' }, '张伟', later(3))
    await changeFinding(db, id, 'q:A1.02', { status: 'done' }, '张伟', later(4))
    const recheck = { date: '2025-12-01', by: '李娜', result: 'passed' as const }
    await changeFinding(db, id, 'q:A1.03', { status: 'verified', recheck }, '张伟', later(4))
    await finalizeAssessment(db, id, { by: '王芳', contentHash: 'd'.repeat(64) }, later(5))
    const old = await loadAssessment(db, id)
    const nextId = await duplicateAsNextPeriod(db, id, '张伟', later(6))
    const next = await loadAssessment(db, nextId)
    const history = [
      expect.objectContaining({
        assessmentId: id,
        period: { start: '2025-01-01', end: '2025-12-31' }
      })
    ]
    expect(next).toMatchObject({
      status: 'draft',
      metadata: { period: { start: '2026-01-01', end: '2026-12-31' } },
      factors: [],
      previousPeriod: { assessmentId: id, contentHash: assessmentContentHash(old!), gaps: [] }
    })
    expect(next?.findings).toEqual([
      { findingId: 'q:A1.01', status: 'open', owner: '运维部', history },
      { findingId: 'q:A1.02', status: 'done', history }
    ])
    expect(next?.finalization).toBeUndefined()
    // The old, sealed period is exactly as it was.
    expect(await loadAssessment(db, id)).toEqual(old)
    expect(next?.answers).toEqual([
      expect.objectContaining({ questionId: 'A1.01', value: 3, carriedOver: true, flagged: false })
    ])
    // Its home-list line is written with it, current (not left for a background refresh).
    const line = await db.assessmentList.get(nextId)
    expect(line).toMatchObject({ status: 'draft', period: { start: '2026-01-01' } })
    expect(line?.basedOn).not.toBe('')
  })
})

describe('whole-assessment writes are atomic', () => {
  it('writes nothing when any part fails', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 2 }, '张伟', later(1))
    const whole = await loadAssessment(db, id)
    if (!whole) throw new Error('missing')
    const copy = { ...whole, id: 'copy-1', answers: [...whole.answers, ...whole.answers] }
    await expect(putWholeAssessment(db, copy)).rejects.toBeInstanceOf(StorageError)
    expect(await db.assessments.get('copy-1')).toBeUndefined()
    expect(await db.answers.where('assessmentId').equals('copy-1').count()).toBe(0)
    await putWholeAssessment(db, { ...whole, id: 'copy-2' })
    expect((await loadAssessment(db, 'copy-2'))?.answers).toEqual(whole.answers)
    await expect(putWholeAssessment(db, { ...whole, id: 'copy-2' })).rejects.toMatchObject({
      code: 'invalid'
    })
  })

  it('stores the evidence files it brings with it, and none when it fails', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const whole = await loadAssessment(db, id)
    if (!whole) throw new Error('missing')
    const file = (sha256: string) => ({
      sha256,
      blob: new Blob(['x']),
      size: 1,
      mimeType: 'text/plain',
      storedAt: t0.toISOString()
    })
    await expect(putWholeAssessment(db, whole, undefined, [file('a'.repeat(64))])).rejects.toThrow()
    expect(await db.evidence.count()).toBe(0)
    await putWholeAssessment(db, { ...whole, id: 'with-files' }, undefined, [file('b'.repeat(64))])
    expect((await db.evidence.get('b'.repeat(64)))?.size).toBe(1)
  })
})

describe('settings and errors', () => {
  it('returns defaults until a setting is saved', async () => {
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS)
    await saveSetting(db, 'assessorName', '张伟')
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, assessorName: '张伟' })
  })

  it('maps a full disk to a quota error the UI can explain', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    expect(toStorageError(quota).code).toBe('quota')
    expect(toStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).code).toBe(
      'quota'
    )
    expect(toStorageError(Object.assign(new Error('x'), { name: 'OpenFailedError' })).code).toBe(
      'open'
    )
  })
})
