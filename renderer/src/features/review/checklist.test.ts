import { describe, expect, it } from 'vitest'
import { defaultBank } from '@shared/testing/default-bank'
import { indexBank } from '@shared/bank/lookup'
import { generateSampleAssessment } from '@shared/sample'
import { scoreAssessment } from '@shared/scoring'
import type { AnswerRow } from '../../db/schema'
import { liveContentHash } from './seal-check'
import { assessmentContentHash } from '@shared/assessment/canonical'
import { buildChecklist, openItemCount } from './checklist'

const bank = defaultBank()
const index = indexBank(bank)
const sample = generateSampleAssessment(bank, { seed: 1 })

function checklistFor(answers: typeof sample.answers, factors = sample.factors) {
  const result = scoreAssessment(bank, {
    answers,
    factors,
    profile: sample.profile,
    metadata: sample.metadata
  })
  return buildChecklist({
    result,
    answers: new Map(answers.map((a) => [a.questionId, { ...a, assessmentId: 'x1' } as AnswerRow])),
    index,
    assessmentId: 'x1',
    locale: 'zh-CN',
    unevidencedDetail: (answered, scored) => `${answered}→${scored}`
  })
}

describe('buildChecklist', () => {
  it('lists the sample’s warning and unevidenced rating, each linked to its question', () => {
    const checklist = checklistFor(sample.answers)
    expect(checklist.unanswered).toEqual([])
    expect(checklist.warnings.map((item) => item.targetId)).toEqual(['A3.01'])
    expect(checklist.unevidenced.map((item) => [item.targetId, item.detail])).toEqual([
      ['A3.01', '3→2']
    ])
    expect(checklist.warnings[0]?.href).toBe('/a/x1/s/A3?q=A3.01')
  })

  it('lists unanswered required questions, flagged answers and incomplete factors', () => {
    const answers = sample.answers
      .filter((a) => a.questionId !== 'A1.01')
      .map((a) => (a.questionId === 'B1.01' ? { ...a, flagged: true } : a))
    const factors = sample.factors.filter((f) => f.factorId !== 'F01')
    const checklist = checklistFor(answers, factors)
    expect(checklist.unanswered.map((item) => item.targetId)).toEqual(['A1.01'])
    expect(checklist.flagged.map((item) => item.targetId)).toEqual(['B1.01'])
    expect(checklist.factors.map((item) => [item.targetId, item.href])).toEqual([
      ['F01', '/a/x1/factors?f=F01']
    ])
    expect(openItemCount(checklist)).toBe(
      1 + 1 + 1 + checklist.warnings.length + checklist.unevidenced.length + checklist.errors.length
    )
  })
})

describe('liveContentHash', () => {
  it('equals the canonical hash of the assessment the live maps describe', () => {
    const withOwner = <T>(rows: T[]) => rows.map((row) => ({ ...row, assessmentId: sample.id }))
    const { answers, factors, findings, auditLog: _log, ...header } = sample
    const hash = liveContentHash({
      assessment: header,
      answers: new Map(withOwner(answers).map((a) => [a.questionId, a])),
      factorEntries: new Map(withOwner(factors).map((f) => [f.factorId, f])),
      findingRecords: new Map(withOwner(findings).map((f) => [f.findingId, f]))
    })
    expect(hash).toBe(assessmentContentHash(sample))
  })
})
