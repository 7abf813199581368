import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { verifyAuditChain } from '@shared/assessment/audit-chain'
import { ReviewRefusal } from '@shared/review'
import type { StabilityDatabase } from './database'
import { createAssessment, loadAssessment } from './repos/assessments'
import { saveAnswer } from './repos/answers'
import { sendBackToLevel, signReviewLevel } from './repos/graded-review'
import { reopenAssessment } from './repos/lifecycle'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

let db: StabilityDatabase
const LEVELS = [{ name: '编制' }, { name: '复核' }, { name: '审定', signers: ['赵敏'] }]

databasePerTest('review-chain-test', (opened) => {
  db = opened
})

async function refusal(action: Promise<unknown>): Promise<string> {
  try {
    await action
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    if (cause instanceof ReviewRefusal) return cause.code
    if (error instanceof ReviewRefusal) return error.code
    throw error
  }
  return 'done'
}

const answer = (id: string, value: number, seconds: number) =>
  saveAnswer(db, id, 'A1.01', { value }, '张伟', later(seconds))

describe('graded review and the audit chain in storage', () => {
  it('signs three levels in order; the last finalizes, sealing the content and the chain head', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await answer(id, 2, 1)
    expect(await refusal(signReviewLevel(db, id, LEVELS, { level: 2, by: '李娜' }, later(2)))).toBe(
      'order'
    )
    await signReviewLevel(db, id, LEVELS, { level: 1, by: '张伟', comment: '自查完成' }, later(3))
    expect((await db.assessments.get(id))?.status).toBe('inReview')
    await signReviewLevel(db, id, LEVELS, { level: 2, by: '李娜' }, later(4))
    expect(await refusal(signReviewLevel(db, id, LEVELS, { level: 3, by: '孙丽' }, later(5)))).toBe(
      'notPermitted'
    )
    await signReviewLevel(db, id, LEVELS, { level: 3, by: '赵敏' }, later(6))
    const sealed = (await loadAssessment(db, id))!
    expect(sealed.status).toBe('finalized')
    expect(sealed.review?.signatures.map((s) => [s.level, s.by])).toEqual([
      [1, '张伟'],
      [2, '李娜'],
      [3, '赵敏']
    ])
    expect(sealed.finalization?.contentHash).toBe(sealed.review?.signatures[2]?.contentHash)
    expect(sealed.finalization?.auditHead?.length).toBe(sealed.auditLog.length - 1)
    expect(sealed.auditLog.filter((e) => e.action === 'review.sign')).toHaveLength(3)
    expect(verifyAuditChain(sealed.auditLog, sealed.auditHead)).toMatchObject({
      intact: true,
      length: sealed.auditLog.length,
      unchained: 0
    })
  })

  it('refuses a later level over content changed since the earlier signed, until sent back', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await signReviewLevel(db, id, LEVELS, { level: 1, by: '张伟' }, later(1))
    await answer(id, 3, 2)
    expect(await refusal(signReviewLevel(db, id, LEVELS, { level: 2, by: '李娜' }, later(3)))).toBe(
      'contentChanged'
    )
    expect(await refusal(sendBackToLevel(db, id, 1, '李娜', ' ', later(4)))).toBe('reasonRequired')
    await sendBackToLevel(db, id, 1, '李娜', '答案已修改，请重新签署', later(5))
    const back = (await loadAssessment(db, id))!
    expect(back.status).toBe('draft')
    expect(back.review?.signatures).toEqual([])
    expect(back.auditLog.at(-1)).toMatchObject({
      action: 'review.sendBack',
      reason: '答案已修改，请重新签署'
    })
    await signReviewLevel(db, id, LEVELS, { level: 1, by: '张伟' }, later(6))
    await signReviewLevel(db, id, LEVELS, { level: 2, by: '李娜' }, later(7))
    expect((await db.assessments.get(id))?.review?.signatures).toHaveLength(2)
  })

  it('reopening withdraws only the last level; sending back from finalized reopens', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    for (const [level, by] of [
      [1, '张伟'],
      [2, '李娜'],
      [3, '赵敏']
    ] as const)
      await signReviewLevel(db, id, LEVELS, { level, by }, later(level))
    await reopenAssessment(db, id, '赵敏', '补充证据', later(10))
    expect((await db.assessments.get(id))?.review?.signatures.map((s) => s.level)).toEqual([1, 2])
    await signReviewLevel(db, id, LEVELS, { level: 3, by: '赵敏' }, later(11))
    await sendBackToLevel(db, id, 2, '赵敏', '复核意见不完整', later(12))
    const row = (await db.assessments.get(id))!
    expect(row.status).toBe('inReview')
    expect(row.finalization).toBeUndefined()
    expect(row.review?.signatures.map((s) => s.level)).toEqual([1])
  })

  it('chains every entry, coalesced edits and entries at the same millisecond included', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    for (let k = 0; k < 5; k += 1) await answer(id, k % 5, 1) // one time: coalesced, then ties
    await saveAnswer(db, id, 'A1.02', { value: 1 }, '李娜', later(1))
    await saveAnswer(db, id, 'A1.03', { value: 1 }, '王伟', later(1))
    const stored = (await loadAssessment(db, id))!
    expect(stored.auditLog.map((e) => e.seq)).toEqual(stored.auditLog.map((_, i) => i))
    expect(verifyAuditChain(stored.auditLog, stored.auditHead)).toMatchObject({ intact: true })
  })

  it('a stored entry edited, removed or two swapped is caught by verify', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    for (let k = 1; k <= 4; k += 1)
      await saveAnswer(db, id, `A1.0${k}`, { value: k % 5 }, '张伟', later(k * 120))
    const log = (await loadAssessment(db, id))!.auditLog
    const head = (await db.assessments.get(id))!.auditHead

    await db.auditLog.update([id, log[2]!.id], { newValue: 4 })
    let after = (await loadAssessment(db, id))!
    expect(verifyAuditChain(after.auditLog, head)).toMatchObject({
      intact: false,
      index: 2,
      problem: 'altered'
    })
    await db.auditLog.put({ ...log[2]!, assessmentId: id })
    await db.auditLog.delete([id, log[1]!.id])
    after = (await loadAssessment(db, id))!
    expect(verifyAuditChain(after.auditLog, head)).toMatchObject({ index: 1, problem: 'missing' })
    await db.auditLog.put({ ...log[1]!, assessmentId: id })
    await db.auditLog.update([id, log[3]!.id], { seq: 4 })
    await db.auditLog.update([id, log[4]!.id], { seq: 3 })
    after = (await loadAssessment(db, id))!
    // Swapping two entries' places in the store: the later one no longer links to the one before.
    expect(verifyAuditChain(after.auditLog, head)).toMatchObject({ intact: false, index: 2 })
  })
})
