import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import type { MergePlan, MergePlanResult } from './types'
import { isEmptyPlan, planMerge } from './plan'
import { baseCopy, withAnswer } from './test-fixtures'

function planned(result: MergePlanResult): MergePlan {
  if (!result.ok) throw new Error(`refused: ${result.message}`)
  return result.plan
}

describe('planMerge refuses', () => {
  it('copies of different assessments', () => {
    const theirs = { ...baseCopy(), id: 'asm-2' }
    const result = planMerge(baseCopy(), theirs)
    expect(result).toMatchObject({ ok: false, reason: 'differentAssessment' })
    expect(!result.ok && result.message).toMatch(/import theirs as a copy/)
  })

  it.each([
    ['content hash', { contentHash: 'cd'.repeat(32) }],
    ['version', { version: '1.0.1' }],
    ['id', { id: 'other' }]
  ])('copies answered against banks with a different %s', (_what, change) => {
    const theirs = baseCopy()
    theirs.bank = { ...theirs.bank, ...change }
    expect(planMerge(baseCopy(), theirs)).toMatchObject({ ok: false, reason: 'differentBank' })
  })

  it('a finalized assessment ("reopen it first"), but accepts a finalized theirs', () => {
    const mine: Assessment = {
      ...baseCopy(),
      status: 'finalized',
      finalization: { by: '王芳', at: '2025-07-03T09:00:00+08:00', contentHash: 'ab'.repeat(32) }
    }
    const result = planMerge(mine, baseCopy())
    expect(result).toMatchObject({ ok: false, reason: 'finalized' })
    expect(!result.ok && result.message).toMatch(/reopen it first/)
    expect(planMerge(baseCopy(), mine).ok).toBe(true)
  })

  it('a copy that answers a question twice', () => {
    const theirs = baseCopy()
    theirs.answers.push({ ...theirs.answers[0]! })
    expect(planMerge(baseCopy(), theirs)).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'their copy holds A1.01 twice'
    })
  })
})

describe('planMerge: answers', () => {
  it('identical copies give an empty plan', () => {
    const plan = planned(planMerge(baseCopy(), baseCopy()))
    expect(isEmptyPlan(plan)).toBe(true)
    expect(plan.settled).toEqual([])
  })

  it('takes answers only theirs has, or that mine has only empty; leaves mine-only answers alone', () => {
    let mine = withAnswer(baseCopy(), 'C3.01', null) // theirs only
    mine = withAnswer(mine, 'A1.05', { value: null }) // mine empty
    const theirs = withAnswer(baseCopy(), 'A1.03', null) // mine only
    const plan = planned(planMerge(mine, theirs))
    expect(plan.takes.map((t) => t.key).sort()).toEqual(['question:A1.05', 'question:C3.01'])
    expect(plan.conflicts).toEqual([])
  })

  it('never takes an empty answer of theirs over mine', () => {
    const theirs = withAnswer(baseCopy(), 'A1.05', { value: null })
    expect(isEmptyPlan(planned(planMerge(baseCopy(), theirs)))).toBe(true)
  })

  it('treats answers that differ only in provenance, review marks, evidence order or an empty comment as equal', () => {
    const mine = withAnswer(baseCopy(), 'A1.08', { comment: '', flagged: false })
    const base = baseCopy()
    const theirs = withAnswer(base, 'A1.01', {
      answeredBy: '李娜',
      answeredAt: '2025-07-05T10:00:00+08:00',
      flagged: true,
      evidence: base.answers[0]!.evidence.map((e) => ({ ...e, addedBy: '李娜' }))
    })
    const mineNoComment = withAnswer(mine, 'A1.08', { comment: undefined })
    const plan = planned(planMerge(mineNoComment, withAnswer(theirs, 'A1.08', { comment: '' })))
    expect(plan.conflicts).toEqual([])
    expect(plan.takes).toEqual([])
  })

  it.each([
    ['value', { value: 4 }],
    ['na', { value: null, na: { justification: '不适用' } }],
    ['comment', { comment: '另一条备注' }],
    ['evidence', { evidence: [{ kind: 'reference' as const, id: 'ev-9', name: '《另一份文件》' }] }]
  ])('lists a conflict when the %s differs, with both sides', (difference, patch) => {
    const theirs = withAnswer(baseCopy(), 'A1.01', {
      ...patch,
      answeredBy: '李娜',
      answeredAt: '2025-07-05T10:00:00+08:00'
    })
    const plan = planned(planMerge(baseCopy(), theirs))
    expect(plan.conflicts).toHaveLength(1)
    const conflict = plan.conflicts[0]!
    expect(conflict).toMatchObject({
      key: 'question:A1.01',
      kind: 'answer',
      questionId: 'A1.01',
      mine: { by: '张伟', at: '2025-07-01T10:00:00+08:00' },
      theirs: { by: '李娜', at: '2025-07-05T10:00:00+08:00' }
    })
    if (conflict.kind !== 'answer') throw new Error('expected an answer conflict')
    expect(conflict.differences).toContain(difference)
    expect(conflict.mine.item.value).toBe(3)
  })

  it('falls back to the audit log for who and when', () => {
    const theirs = withAnswer(baseCopy(), 'A1.05', { value: 7 })
    theirs.auditLog.push({
      id: 'au-9',
      at: '2025-07-06T11:00:00+08:00',
      by: '李娜',
      action: 'answer.set',
      target: 'question:A1.05',
      newValue: 7
    })
    const [conflict] = planned(planMerge(baseCopy(), theirs)).conflicts
    expect(conflict?.theirs).toMatchObject({ by: '李娜', at: '2025-07-06T11:00:00+08:00' })
    expect(conflict?.mine.by).toBeUndefined()
  })
})

describe('planMerge: factors, findings, metadata, audit log', () => {
  it('takes a factor entry only theirs has, whole', () => {
    const mine = { ...baseCopy(), factors: [] }
    const plan = planned(planMerge(mine, baseCopy()))
    expect(plan.takes).toMatchObject([{ key: 'factor:F01', kind: 'factorEntry', factorId: 'F01' }])
  })

  it('merges factor inputs one by one, and comment + evidence together', () => {
    const mine = baseCopy()
    mine.factors = [{ factorId: 'F01', values: { N_fault: 42, N_mon: null }, evidence: [] }]
    const theirs = baseCopy()
    theirs.factors = [
      {
        factorId: 'F01',
        values: { N_fault: 40, N_mon: 38 },
        comment: '监控平台统计',
        evidence: [],
        updatedBy: '李娜',
        updatedAt: '2025-07-05T12:00:00+08:00'
      }
    ]
    const plan = planned(planMerge(mine, theirs))
    expect(plan.takes.map((t) => [t.key, t.kind])).toEqual([
      ['factor:F01.N_mon', 'factorInput'],
      ['factor:F01', 'factorNotes']
    ])
    expect(plan.conflicts).toMatchObject([
      {
        key: 'factor:F01.N_fault',
        kind: 'factorInput',
        mine: { item: 42 },
        theirs: { item: 40, by: '李娜', at: '2025-07-05T12:00:00+08:00' }
      }
    ])
    mine.factors[0]!.comment = '人工统计'
    const again = planned(planMerge(mine, theirs))
    expect(again.conflicts.map((c) => c.key)).toEqual(['factor:F01.N_fault', 'factor:F01'])
  })

  it('takes theirs-only findings and lists differing ones', () => {
    const theirs = baseCopy()
    theirs.findings = [
      { ...theirs.findings[0]!, status: 'inProgress' },
      { findingId: 'q:A1.01', owner: '李娜', status: 'open' }
    ]
    const plan = planned(planMerge(baseCopy(), theirs))
    expect(plan.takes.map((t) => t.key)).toEqual(['finding:q:A1.01'])
    expect(plan.conflicts).toMatchObject([
      {
        key: 'finding:q:C3.01',
        mine: { item: { status: 'open' } },
        theirs: { item: { status: 'inProgress' } }
      }
    ])
  })

  it('unites assessors automatically; other metadata and the profile are conflicts', () => {
    const theirs = baseCopy()
    theirs.metadata = { ...theirs.metadata, assessors: ['李娜', '刘洋', '李娜'], notes: '另一版' }
    theirs.profile = { ...theirs.profile, questionnaireShare: 0.5 }
    const plan = planned(planMerge(baseCopy(), theirs))
    expect(plan.assessorsToAdd).toEqual(['刘洋'])
    expect(plan.conflicts.map((c) => c.key)).toEqual(['metadata', 'profile'])
  })

  it("adds theirs' audit entries mine lacks or holds in an older version", () => {
    const mine = baseCopy()
    const theirs = baseCopy()
    theirs.auditLog[1] = { ...theirs.auditLog[1]!, at: '2025-07-01T10:00:30+08:00', newValue: 4 }
    theirs.auditLog.push({
      id: 'au-3',
      at: '2025-07-02T08:00:00+08:00',
      by: '李娜',
      action: 'answer.set'
    })
    mine.auditLog[0] = { ...mine.auditLog[0]!, at: '2025-07-01T09:00:10+08:00' } // mine newer: kept
    const plan = planned(planMerge(mine, theirs))
    expect(plan.auditToAdd.map((e) => e.id)).toEqual(['au-2', 'au-3'])
  })
})
