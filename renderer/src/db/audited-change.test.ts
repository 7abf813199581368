import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { StabilityDatabase } from './database'
import { createAssessment, setReviewStatus } from './repos/assessments'
import { listAudit } from './repos/audit'
import { changeAssessment } from './repos/audited-change'
import { finalizeAssessment, moveToTrash } from './repos/lifecycle'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

let db: StabilityDatabase

databasePerTest('audited-change-test', (opened) => {
  db = opened
})

const snapshot = async (id: string) => ({
  row: await db.assessments.get(id),
  audit: await listAudit(db, id),
  answers: await db.answers.where('assessmentId').equals(id).toArray()
})

describe('changeAssessment: the one audited change', () => {
  it('writes the patch, the stamped updatedAt, the audit entry and the change’s own writes together', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const result = await changeAssessment(
      db,
      id,
      { require: 'editable', by: '李娜', now: later(5), tables: [db.answers] },
      (row, at) => ({
        patch: { status: 'inReview' },
        audit: { action: 'status.change', oldValue: row.status, newValue: 'inReview' },
        writes: [
          db.answers.put({
            assessmentId: id,
            questionId: 'A1.01',
            value: 2,
            evidence: [],
            flagged: false,
            carriedOver: false,
            answeredBy: '李娜',
            answeredAt: at
          })
        ],
        result: at
      })
    )
    expect(result).toBe(later(5).toISOString())
    const after = await snapshot(id)
    expect(after.row).toMatchObject({ status: 'inReview', updatedAt: later(5).toISOString() })
    expect(after.answers.map((a) => a.questionId)).toEqual(['A1.01'])
    expect(after.audit.at(-1)).toMatchObject({
      action: 'status.change',
      by: '李娜',
      at: later(5).toISOString(),
      oldValue: 'draft',
      newValue: 'inReview'
    })
  })

  it('writes nothing when the change refuses, even after issuing a write', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const before = await snapshot(id)
    const attempt = changeAssessment(
      db,
      id,
      { require: 'editable', by: '李娜', tables: [db.answers] },
      () => {
        void db.answers.put({
          assessmentId: id,
          questionId: 'A1.01',
          value: 1,
          evidence: [],
          flagged: false,
          carriedOver: false,
          answeredBy: '李娜',
          answeredAt: t0.toISOString()
        })
        throw new Error('not this time')
      }
    )
    await expect(attempt).rejects.toMatchObject({ message: 'not this time' })
    expect(await snapshot(id)).toEqual(before)
  })

  it("'editable' refuses a finalized assessment and one in the trash; 'exists' accepts both", async () => {
    const sealed = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await finalizeAssessment(db, sealed, { by: '王芳', contentHash: 'b'.repeat(64) }, later(1))
    const trashed = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await moveToTrash(db, trashed, '王芳', later(1))
    const touch = (id: string, require: 'editable' | 'exists') =>
      changeAssessment(db, id, { require, by: '王芳', now: later(2) }, () => ({
        audit: { action: 'assessment.update', target: 'test' }
      }))
    for (const id of [sealed, trashed]) {
      await expect(touch(id, 'editable')).rejects.toMatchObject({ code: 'readOnly' })
      await touch(id, 'exists')
      expect((await db.assessments.get(id))?.updatedAt).toBe(later(2).toISOString())
    }
    await expect(touch('no-such-id', 'exists')).rejects.toMatchObject({ code: 'notFound' })
  })

  it('removes a field the patch sets to undefined (reopen clears the seal)', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await finalizeAssessment(db, id, { by: '王芳', contentHash: 'c'.repeat(64) }, later(1))
    await changeAssessment(db, id, { require: 'exists', by: '王芳' }, () => ({
      patch: { status: 'inReview', finalization: undefined },
      audit: { action: 'assessment.reopen', reason: 'test' }
    }))
    expect(Object.keys((await db.assessments.get(id)) ?? {})).not.toContain('finalization')
  })

  it('coalesces a quick series by one person into one entry, unless told each is a fact', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await setReviewStatus(db, id, 'inReview', '张伟', later(1))
    await setReviewStatus(db, id, 'draft', '张伟', later(2))
    const statusEntries = (await listAudit(db, id)).filter((e) => e.action === 'status.change')
    expect(statusEntries).toHaveLength(1)
    expect(statusEntries[0]).toMatchObject({ oldValue: 'draft', newValue: 'draft' })
    for (const second of [3, 4]) {
      await changeAssessment(
        db,
        id,
        { require: 'editable', by: '张伟', now: later(second), coalesce: false },
        () => ({ audit: { action: 'evidence.add', target: 'question:A1.01' } })
      )
    }
    const added = (await listAudit(db, id)).filter((e) => e.action === 'evidence.add')
    expect(added.map((e) => e.at)).toEqual([later(3).toISOString(), later(4).toISOString()])
  })
})
