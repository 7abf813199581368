import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { StabilityDatabase } from './database'
import { createAssessment } from './repos/assessments'
import { listAudit } from './repos/audit'
import {
  addEvidenceFile,
  addEvidenceReference,
  EvidenceTooLargeError,
  getEvidenceBlob,
  removeEvidence,
  sha256OfBlob,
  updateEvidenceDetails
} from './repos/evidence'
import { saveAnswer } from './repos/answers'
import { finalizeAssessment } from './repos/lifecycle'
import { StorageError } from './storage-error'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

let db: StabilityDatabase
const file = (text: string, name = 'plan.txt') =>
  Object.assign(new Blob([text], { type: 'text/plain' }), { name })

databasePerTest('evidence-test', (opened) => {
  db = opened
})

describe('evidence', () => {
  it('hashes files with SHA-256', async () => {
    expect(await sha256OfBlob(file('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
  })

  it('stores an attached file once by hash, references it on the answer and logs each attachment', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await saveAnswer(db, id, 'A1.01', { value: 3, comment: '见预案' }, '张伟', later(1))
    const first = await addEvidenceFile(db, id, 'A1.01', file('abc'), {
      maxBytes: 100,
      by: '张伟',
      now: later(2)
    })
    await addEvidenceFile(db, id, 'A1.02', file('abc', 'copy.txt'), {
      maxBytes: 100,
      by: '张伟',
      now: later(3)
    })
    expect(first).toMatchObject({ kind: 'file', name: 'plan.txt', size: 3, mimeType: 'text/plain' })
    expect(await db.evidence.count()).toBe(1)
    const blob = await getEvidenceBlob(db, first.kind === 'file' ? first.sha256 : '')
    expect(await blob?.text()).toBe('abc')
    const answer = await db.answers.get([id, 'A1.01'])
    // The value and comment are untouched; the stamp moves on.
    expect(answer).toMatchObject({
      value: 3,
      comment: '见预案',
      answeredAt: later(2).toISOString()
    })
    expect(answer?.evidence).toEqual([first])
    const adds = (await listAudit(db, id)).filter((e) => e.action === 'evidence.add')
    expect(adds).toHaveLength(2)
  })

  it('refuses a file above the limit before storing anything', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await expect(
      addEvidenceFile(db, id, 'A1.01', file('too large'), { maxBytes: 4, by: '张伟' })
    ).rejects.toBeInstanceOf(EvidenceTooLargeError)
    expect(await db.evidence.count()).toBe(0)
    expect(await db.answers.count()).toBe(0)
  })

  it('adds and removes written references, keeping the audit trail', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const ref = await addEvidenceReference(
      db,
      id,
      'C9.03',
      { name: ' 《应急预案（2025版）》 ', location: '制度库', page: ' ', interviewee: '王经理' },
      { by: '张伟', now: later(1) }
    )
    expect(ref).toMatchObject({
      kind: 'reference',
      name: '《应急预案（2025版）》',
      location: '制度库',
      interviewee: '王经理'
    })
    expect(ref).not.toHaveProperty('page')
    await removeEvidence(db, id, 'C9.03', ref.id, { by: '张伟', now: later(2) })
    expect((await db.answers.get([id, 'C9.03']))?.evidence).toEqual([])
    const actions = (await listAudit(db, id)).map((e) => e.action)
    expect(actions).toEqual(['assessment.create', 'evidence.add', 'evidence.remove'])
  })

  it('refuses evidence changes to a finalized assessment', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await finalizeAssessment(db, id, { by: '张伟', contentHash: 'b'.repeat(64) }, later(1))
    const attempt = addEvidenceReference(db, id, 'A1.01', { name: 'x' }, { by: '张伟' })
    await expect(attempt).rejects.toMatchObject({ code: 'readOnly' })
    await expect(attempt).rejects.toBeInstanceOf(StorageError)
  })
})

describe('evidence date and caption', () => {
  it('sets, changes and clears them, each change audited with before and after', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const added = await addEvidenceFile(db, id, 'A1.01', file('监控截图'), {
      maxBytes: 100,
      by: '张伟',
      now: later(1)
    })
    await updateEvidenceDetails(
      db,
      id,
      'A1.01',
      added.id,
      { effectiveDate: '2025-06-30', caption: ' 6 月 30 日监控大屏 ' },
      { by: '李娜', now: later(2) }
    )
    let stored = (await db.answers.get([id, 'A1.01']))?.evidence[0]
    expect(stored).toEqual({ ...added, effectiveDate: '2025-06-30', caption: '6 月 30 日监控大屏' })
    await updateEvidenceDetails(
      db,
      id,
      'A1.01',
      added.id,
      { caption: '' },
      { by: '李娜', now: later(3) }
    )
    stored = (await db.answers.get([id, 'A1.01']))?.evidence[0]
    expect(stored).toEqual(added)
    const updates = (await listAudit(db, id)).filter((e) => e.action === 'evidence.update')
    expect(updates.map((e) => [e.by, e.target, e.oldValue, e.newValue])).toEqual([
      [
        '李娜',
        'question:A1.01',
        { id: added.id, name: added.name },
        {
          id: added.id,
          name: added.name,
          effectiveDate: '2025-06-30',
          caption: '6 月 30 日监控大屏'
        }
      ],
      [
        '李娜',
        'question:A1.01',
        {
          id: added.id,
          name: added.name,
          effectiveDate: '2025-06-30',
          caption: '6 月 30 日监控大屏'
        },
        { id: added.id, name: added.name }
      ]
    ])
  })

  it('refuses a date that is not a calendar date and changes nothing', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const ref = await addEvidenceReference(
      db,
      id,
      'C9.03',
      { name: '《值班记录》' },
      { by: '张伟' }
    )
    const attempt = updateEvidenceDetails(
      db,
      id,
      'C9.03',
      ref.id,
      { effectiveDate: '2025-02-30' },
      { by: '张伟' }
    )
    await expect(attempt).rejects.toMatchObject({ code: 'invalid' })
    expect((await db.answers.get([id, 'C9.03']))?.evidence).toEqual([ref])
    expect((await listAudit(db, id)).map((e) => e.action)).not.toContain('evidence.update')
  })
})
