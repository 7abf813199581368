import { describe, expect, it } from 'vitest'
import { reviewRecordSchema, type ReviewRecord } from '../assessment/review-record'
import {
  ReviewRefusal,
  isFinalReviewLevel,
  nextReviewLevel,
  sendBackReview,
  signReview,
  staleReviewSignature,
  startReview
} from './graded-review'

const HASH_A = 'a'.repeat(64)
const HASH_B = 'b'.repeat(64)
const AT = '2026-12-06T10:00:00.000Z'

const threeLevels = (): ReviewRecord =>
  startReview([
    { name: '编制' },
    { name: '复核', signers: ['李娜', '王伟'] },
    { name: '审定', signers: ['赵敏'] }
  ])

const sign = (record: ReviewRecord, level: number, by: string, contentHash = HASH_A) =>
  signReview(record, { level, by, at: AT, contentHash })

function refusalOf(action: () => unknown): string {
  try {
    action()
  } catch (error) {
    if (error instanceof ReviewRefusal) return error.code
    throw error
  }
  return 'signed'
}

describe('graded review (分级复核)', () => {
  it('signs the levels in order, each recording who, when, comment and the content hash', () => {
    let record = threeLevels()
    expect(nextReviewLevel(record)).toBe(1)
    record = signReview(record, {
      level: 1,
      by: ' 周强 ',
      at: AT,
      comment: '  已自查  ',
      contentHash: HASH_A
    })
    record = sign(record, 2, '李娜')
    expect(nextReviewLevel(record)).toBe(3)
    expect(isFinalReviewLevel(record, 3)).toBe(true)
    record = sign(record, 3, '赵敏')
    expect(nextReviewLevel(record)).toBeNull()
    expect(record.signatures).toEqual([
      { level: 1, by: '周强', at: AT, comment: '已自查', contentHash: HASH_A },
      { level: 2, by: '李娜', at: AT, contentHash: HASH_A },
      { level: 3, by: '赵敏', at: AT, contentHash: HASH_A }
    ])
    expect(reviewRecordSchema.safeParse(record).success).toBe(true)
  })

  it('refuses a later level before the earlier one, and a level signed twice', () => {
    const record = threeLevels()
    expect(refusalOf(() => sign(record, 2, '李娜'))).toBe('order')
    expect(refusalOf(() => sign(record, 3, '赵敏'))).toBe('order')
    const first = sign(record, 1, '周强')
    expect(refusalOf(() => sign(first, 1, '孙丽'))).toBe('order')
    expect(refusalOf(() => sign(first, 3, '赵敏'))).toBe('order')
  })

  it('lets only the named signers sign a level, and nobody sign two levels', () => {
    const first = sign(threeLevels(), 1, '周强')
    expect(refusalOf(() => sign(first, 2, '孙丽'))).toBe('notPermitted')
    expect(refusalOf(() => sign(first, 2, '周强'))).toBe('notPermitted')
    const open = sign(startReview([{ name: '编制' }, { name: '复核' }]), 1, '周强')
    expect(refusalOf(() => sign(open, 2, '周强 '))).toBe('sameSigner')
    expect(refusalOf(() => sign(open, 2, '孙丽'))).toBe('signed')
  })

  it('refuses to sign content other than what the previous level approved', () => {
    const first = sign(threeLevels(), 1, '周强', HASH_A)
    expect(staleReviewSignature(first, HASH_B)?.level).toBe(1)
    expect(staleReviewSignature(first, HASH_A)).toBeUndefined()
    expect(refusalOf(() => sign(first, 2, '李娜', HASH_B))).toBe('contentChanged')
  })

  it('sends back to any signed level with a reason, withdrawing it and every later one', () => {
    const two = sign(sign(threeLevels(), 1, '周强'), 2, '王伟')
    expect(sendBackReview(two, 2, '证据不足').signatures.map((s) => s.level)).toEqual([1])
    expect(sendBackReview(two, 1, '口径有误').signatures).toEqual([])
    expect(refusalOf(() => sendBackReview(two, 1, '  '))).toBe('reasonRequired')
    expect(refusalOf(() => sendBackReview(two, 3, '未签'))).toBe('nothingToSendBack')
    expect(refusalOf(() => sendBackReview(two, 0, '无此级'))).toBe('nothingToSendBack')
  })

  it('the record schema refuses signatures out of level order or beyond the levels', () => {
    const record = threeLevels()
    const skipped = {
      ...record,
      signatures: [{ level: 2, by: '李娜', at: AT, contentHash: HASH_A }]
    }
    expect(reviewRecordSchema.safeParse(skipped).success).toBe(false)
    const tooMany = {
      levels: [{ name: '审定' }],
      signatures: [1, 2].map((level) => ({ level, by: `p${level}`, at: AT, contentHash: HASH_A }))
    }
    expect(reviewRecordSchema.safeParse(tooMany).success).toBe(false)
    expect(reviewRecordSchema.safeParse({ levels: [], signatures: [] }).success).toBe(false)
  })
})
