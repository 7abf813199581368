import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import {
  assessmentContentHash,
  serializeAssessmentFile,
  validateAssessmentAgainstBank
} from '../assessment'
import { miniBank } from '../testing'
import { MergeError, applyMerge, unresolvedConflicts } from './apply'
import { isEmptyPlan, planMerge } from './plan'
import { conflictsBySection, resolveAll, resolveSection } from './sections'
import { LEAD, baseCopy, withAnswer } from './test-fixtures'
import type { MergePlan } from './types'

function plan(mine: Assessment, theirs: Assessment): MergePlan {
  const result = planMerge(mine, theirs)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

/** Mine answered pillar A; theirs (李娜) pillar C and overlapping A1.01 / A1.05 differently. */
function split(): { mine: Assessment; theirs: Assessment } {
  let mine = withAnswer(baseCopy(), 'C3.01', null)
  mine = { ...mine, factors: [], findings: [] }
  let theirs = baseCopy()
  theirs = withAnswer(theirs, 'A1.01', {
    value: 2,
    answeredBy: '李娜',
    answeredAt: '2025-07-04T10:00:00+08:00'
  })
  theirs = withAnswer(theirs, 'A1.05', { value: 40, answeredBy: '李娜' })
  theirs = withAnswer(theirs, 'C3.01', {
    value: 4,
    answeredBy: '李娜',
    answeredAt: '2025-07-04T11:00:00+08:00'
  })
  theirs.metadata = { ...theirs.metadata, assessors: ['李娜', '刘洋'] }
  theirs.auditLog.push({
    id: 'au-li-1',
    at: '2025-07-04T11:00:00+08:00',
    by: '李娜',
    action: 'answer.set',
    target: 'question:C3.01',
    newValue: 4
  })
  return { mine, theirs }
}

const answerOf = (a: Assessment, id: string) => a.answers.find((x) => x.questionId === id)

describe('applyMerge', () => {
  it('refuses while conflicts are unresolved, listing their keys', () => {
    const { mine, theirs } = split()
    const p = plan(mine, theirs)
    expect(unresolvedConflicts(p, {})).toEqual(['question:A1.01', 'question:A1.05'])
    const attempt = () => applyMerge(mine, p, { 'question:A1.01': 'mine' }, LEAD)
    expect(attempt).toThrow(MergeError)
    expect(attempt).toThrow('1 conflict is not resolved: question:A1.05')
    try {
      attempt()
    } catch (error) {
      expect((error as MergeError).unresolved).toEqual(['question:A1.05'])
    }
  })

  it('refuses a plan made for another state of mine, and a finalized assessment', () => {
    const { mine, theirs } = split()
    const p = plan(mine, theirs)
    const edited = withAnswer(mine, 'A1.03', { value: 'b' })
    const all = resolveAll(p, 'theirs')
    expect(() => applyMerge(edited, p, all, LEAD)).toThrow(/changed after the merge was planned/)
    const finalized: Assessment = { ...mine, status: 'finalized' }
    expect(() => applyMerge(finalized, p, all, LEAD)).toThrow(/reopen it first/)
  })

  it('takes what only theirs has, applies each resolution and keeps provenance', () => {
    const { mine, theirs } = split()
    const p = plan(mine, theirs)
    const merged = applyMerge(
      mine,
      p,
      { 'question:A1.01': 'theirs', 'question:A1.05': 'mine' },
      { ...LEAD, source: 'li-na.sapkg' }
    )
    expect(answerOf(merged, 'C3.01')).toMatchObject({ value: 4, answeredBy: '李娜' })
    expect(answerOf(merged, 'A1.01')).toMatchObject({
      value: 2,
      answeredBy: '李娜',
      answeredAt: '2025-07-04T10:00:00+08:00'
    })
    expect(answerOf(merged, 'A1.05')).toEqual(answerOf(mine, 'A1.05'))
    expect(merged.factors).toEqual(theirs.factors)
    expect(merged.findings).toEqual(theirs.findings)
    expect(merged.metadata.assessors).toEqual(['张伟', '李娜', '刘洋'])
    expect(merged.updatedAt).toBe(LEAD.at)
    expect(merged.status).toBe(mine.status)
    expect(validateAssessmentAgainstBank(merged, miniBank)).toEqual([])
    expect(() =>
      serializeAssessmentFile(merged, { generator: 't', exportedAt: LEAD.at })
    ).not.toThrow()
  })

  it('writes one audit entry per resolution and a summary, after the united logs', () => {
    const { mine, theirs } = split()
    const merged = applyMerge(
      mine,
      plan(mine, theirs),
      { 'question:A1.01': 'theirs', 'question:A1.05': 'mine' },
      { ...LEAD, source: 'li-na.sapkg' }
    )
    expect(merged.auditLog.map((e) => e.id).slice(0, 3)).toEqual(['au-1', 'au-2', 'au-li-1'])
    const merges = merged.auditLog.filter((e) => e.action === 'assessment.merge')
    expect(merges).toHaveLength(3)
    expect(merges[0]).toMatchObject({
      at: LEAD.at,
      by: LEAD.by,
      target: 'question:A1.01',
      oldValue: { value: 3, by: '张伟' },
      newValue: { value: 2, by: '李娜', at: '2025-07-04T10:00:00+08:00' },
      reason: 'merge: took theirs (李娜)'
    })
    expect(merges[1]).toMatchObject({
      target: 'question:A1.05',
      oldValue: { value: 40, by: '李娜' },
      newValue: { value: 42 },
      reason: 'merge: kept mine (unknown) over theirs (李娜)'
    })
    expect(merges[2]).toMatchObject({
      target: 'assessment',
      newValue: {
        source: 'li-na.sapkg',
        taken: ['question:C3.01', 'factor:F01', 'finding:q:C3.01'],
        tookTheirs: ['question:A1.01'],
        keptMine: ['question:A1.05'],
        auditEntriesAdded: 1,
        assessorsAdded: ['刘洋']
      },
      reason: 'merge of li-na.sapkg: 3 taken from theirs, 2 conflicts resolved (1 theirs, 1 mine)'
    })
    expect(new Set(merged.auditLog.map((e) => e.id)).size).toBe(merged.auditLog.length)
  })

  it('is idempotent: merging the same copy again changes nothing and asks nothing', () => {
    const { mine, theirs } = split()
    const resolutions = { 'question:A1.01': 'theirs', 'question:A1.05': 'mine' } as const
    const once = applyMerge(mine, plan(mine, theirs), resolutions, LEAD)
    const second = plan(once, theirs)
    expect(isEmptyPlan(second)).toBe(true)
    expect(second.settled.map((s) => s.key)).toEqual(['question:A1.05'])
    const later = { ...LEAD, at: '2025-07-21T09:00:00+08:00' }
    expect(applyMerge(once, second, {}, later)).toBe(once)
  })

  it('asks again when theirs changed a value the lead had kept mine over', () => {
    const { mine, theirs } = split()
    const once = applyMerge(mine, plan(mine, theirs), resolveAll(plan(mine, theirs), 'mine'), LEAD)
    const changed = withAnswer(theirs, 'A1.05', { value: 41 })
    expect(plan(once, changed).conflicts.map((c) => c.key)).toEqual(['question:A1.05'])
  })

  it('resolves factor inputs and notes, with the provenance of the latest kept change', () => {
    const mine = baseCopy()
    mine.factors = [
      {
        factorId: 'F01',
        values: { N_fault: 42, N_mon: null },
        comment: '人工统计',
        evidence: [],
        updatedBy: '张伟',
        updatedAt: '2025-07-02T09:00:00+08:00'
      }
    ]
    const theirs = baseCopy()
    theirs.factors = [
      {
        factorId: 'F01',
        values: { N_fault: 40, N_mon: 38 },
        comment: '监控平台统计',
        evidence: [{ kind: 'reference', id: 'ev-f', name: '《故障台账》', addedBy: '李娜' }],
        updatedBy: '李娜',
        updatedAt: '2025-07-05T12:00:00+08:00'
      }
    ]
    const p = plan(mine, theirs)
    const keep = applyMerge(mine, p, resolveAll(p, 'mine'), LEAD).factors[0]
    expect(keep).toMatchObject({ values: { N_fault: 42, N_mon: 38 }, comment: '人工统计' })
    // N_mon came from theirs, whose change is later: the entry now names 李娜.
    expect(keep).toMatchObject({ updatedBy: '李娜', updatedAt: '2025-07-05T12:00:00+08:00' })
    const take = applyMerge(mine, p, resolveAll(p, 'theirs'), LEAD).factors[0]
    expect(take).toEqual(theirs.factors[0])
  })

  it('applies metadata and profile resolutions; assessors stay united either way', () => {
    const mine = baseCopy()
    const theirs = baseCopy()
    theirs.metadata = { ...theirs.metadata, notes: undefined, assessors: ['刘洋'] }
    theirs.profile = { ...theirs.profile, questionnaireShare: 0.5 }
    const p = plan(mine, theirs)
    const merged = applyMerge(mine, p, resolveAll(p, 'theirs'), LEAD)
    expect(merged.metadata).toEqual({
      ...mine.metadata,
      notes: undefined,
      assessors: ['张伟', '李娜', '刘洋']
    })
    expect(merged.profile.questionnaireShare).toBe(0.5)
    const kept = applyMerge(mine, p, resolveAll(p, 'mine'), LEAD)
    expect(kept.metadata.notes).toBe('年度自评估')
    expect(kept.metadata.assessors).toEqual(['张伟', '李娜', '刘洋'])
    expect(assessmentContentHash(kept)).not.toBe(assessmentContentHash(mine))
  })
})

describe('section resolution', () => {
  it('"take all of theirs for this section" sets exactly that section\'s conflicts', () => {
    const mine = baseCopy()
    mine.factors = [{ factorId: 'F01', values: { N_fault: 1, N_mon: 1 }, evidence: [] }]
    let theirs = withAnswer(baseCopy(), 'A1.01', { value: 1 })
    theirs = withAnswer(theirs, 'A1.06', { value: 10 })
    theirs = withAnswer(theirs, 'C3.01', { value: 4 })
    theirs.findings = [{ ...theirs.findings[0]!, owner: '李娜' }]
    const p = plan(mine, theirs)
    const groups = conflictsBySection(p, miniBank)
    expect([...groups.keys()]).toEqual(['A1', 'C3'])
    expect(groups.get('C3')!.map((c) => c.key)).toEqual([
      'question:C3.01',
      'factor:F01.N_fault',
      'factor:F01.N_mon',
      'finding:q:C3.01'
    ])
    const chosen = resolveSection(p, miniBank, 'C3', 'theirs', { 'question:A1.01': 'mine' })
    expect(chosen).toEqual({
      'question:A1.01': 'mine',
      'question:C3.01': 'theirs',
      'factor:F01.N_fault': 'theirs',
      'factor:F01.N_mon': 'theirs',
      'finding:q:C3.01': 'theirs'
    })
    expect(unresolvedConflicts(p, chosen)).toEqual(['question:A1.06'])
    const merged = applyMerge(mine, p, resolveSection(p, miniBank, 'A1', 'mine', chosen), LEAD)
    expect(answerOf(merged, 'C3.01')?.value).toBe(4)
    expect(answerOf(merged, 'A1.06')?.value).toBe(87.5)
    expect(merged.factors[0]?.values).toEqual({ N_fault: 42, N_mon: 38 })
  })
})
