import { describe, expect, it } from 'vitest'
import { aggregateSection, pillarCoverage, weightedMean } from './aggregate'
import { scoreAssessment } from './score'
import {
  answer,
  factorEntry,
  makeAssessment,
  makeBank,
  naAnswer,
  q,
  ratioFactor,
  sectionBank
} from '../testing'
import type { SectionResult } from './types'

const coverage = { enabled: true, maxNAWeightShare: 0.5 }

/** An item of `weight`, scored `score` (0 when unanswered), or N/A. */
const item = (weight: number, score: number | 'na') =>
  score === 'na'
    ? { weight, na: true, effectiveScore: null }
    : { weight, na: false, effectiveScore: score }

/** A section of these items and factor scores: questionnaire share 0.6, N/A limit 50 %. */
const section = (
  items: Array<ReturnType<typeof item>>,
  factorScores: Array<number | null> = [],
  coverageRule = coverage
) => aggregateSection({ items, factorScores, questionnaireShare: 0.6, coverage: coverageRule })

describe('section questionnaire score', () => {
  it('Σ(w·s) ÷ Σw; unanswered counts 0', () => {
    const unanswered = item(1, 0)
    const a = section([item(3, 100), item(2, 50), unanswered])
    expect(a.questionnaireScore).toBeCloseTo(400 / 6, 12)
    expect(a.combinedScore).toBe(a.questionnaireScore)
    expect(a.flags).toEqual([])
  })

  it('N/A items leave numerator and denominator: the rest renormalise', () => {
    const a = section([item(3, 100), item(2, 'na'), item(1, 40)])
    expect(a.questionnaireScore).toBe(85) // (300 + 40) ÷ 4
    expect(a.naWeightShare).toBeCloseTo(2 / 6, 12)
    expect(a.coverage).toBe('sufficient')
  })

  it('N/A above the limit: insufficient coverage (exactly at the limit is still sufficient)', () => {
    const at = section([item(1, 'na'), item(1, 100)])
    expect(at.coverage).toBe('sufficient')
    const above = section([item(2, 'na'), item(1, 100)])
    expect(above.coverage).toBe('insufficient')
    expect(above.questionnaireScore).toBe(100) // still computed and shown
    const off = section([item(2, 'na')], [], { enabled: false, maxNAWeightShare: 0.5 })
    expect(off.coverage).toBe('notAssessed')
  })

  it('combined = share·Q + (1 − share)·F, F the mean of available factor scores', () => {
    const a = section([item(1, 50)], [100, null, 60])
    expect(a.factorScore).toBe(80)
    expect(a.combinedScore).toBeCloseTo(0.6 * 50 + 0.4 * 80, 12)
    expect(a.availableFactors).toBe(2)
  })

  it('no available factor: combined = Q, flagged factorsUnavailable', () => {
    const a = section([item(1, 50)], [null, null])
    expect(a).toMatchObject({
      combinedScore: 50,
      questionnaireShare: 1,
      flags: ['factorsUnavailable']
    })
  })

  it('nothing applicable: no score, not assessed, even with factors', () => {
    const a = section([], [100])
    expect(a).toMatchObject({
      questionnaireScore: null,
      combinedScore: null,
      coverage: 'notAssessed'
    })
  })
})

describe('weighted means and pillar coverage', () => {
  it('renormalises over parts with a score', () => {
    const m = weightedMean([
      { weight: 35, score: 80 },
      { weight: 35, score: null },
      { weight: 30, score: 50 }
    ])
    expect(m.score).toBeCloseTo((35 * 80 + 30 * 50) / 65, 12)
    expect(m.normalized).toEqual([35 / 65, null, 30 / 65])
    expect(weightedMean([{ weight: 1, score: null }]).score).toBeNull()
    expect(weightedMean([{ weight: 0, score: 70 }]).score).toBeNull()
  })

  it('a pillar lacks coverage when excluded sections weigh more than the limit, or none is included', () => {
    expect(
      pillarCoverage({
        sections: [
          { weight: 35, included: true },
          { weight: 35, included: false },
          { weight: 30, included: true }
        ],
        maxNAWeightShare: 0.5
      })
    ).toEqual({ excludedWeightShare: 0.35, insufficient: false, anyIncluded: true })
    expect(
      pillarCoverage({
        sections: [
          { weight: 60, included: false },
          { weight: 40, included: true }
        ],
        maxNAWeightShare: 0.5
      }).insufficient
    ).toBe(true)
    expect(
      pillarCoverage({ sections: [{ weight: 1, included: false }], maxNAWeightShare: 1 })
        .insufficient
    ).toBe(true)
  })
})

describe('whole-assessment aggregation', () => {
  const bank = makeBank({
    pillars: [
      {
        id: 'A',
        sections: [
          { id: 'A1', questions: [q.ypn('A1.1', { weight: 2 }), q.ypn('A1.2', { allowNA: true })] },
          { id: 'A2', questions: [q.ypn('A2.1', { allowNA: true, weight: 3 }), q.ypn('A2.2')] }
        ]
      },
      { id: 'C', sections: [{ id: 'C1', kind: 'process', questions: [q.maturity('C1.1')] }] }
    ],
    factors: [ratioFactor('F1', 'C1'), ratioFactor('F2', 'C1')],
    profile: { pillarWeights: { A: 1, C: 3 }, sectionWeights: { A1: 60, A2: 40, C1: 1 } }
  })

  it('pillar = weighted section mean; overall = weighted pillar mean', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(
        bank,
        [
          answer('A1.1', 'yes'),
          answer('A1.2', 'partial'),
          answer('A2.1', 'no'),
          answer('A2.2', 'yes'),
          answer('C1.1', 2)
        ],
        [factorEntry('F1', { n: 19, d: 20 }), factorEntry('F2', { n: 0, d: 0 })]
      )
    )
    const [a1, a2, c1] = r.sections as [SectionResult, SectionResult, SectionResult]
    expect(a1.questionnaireScore).toBeCloseTo(250 / 3, 12)
    expect(a2.questionnaireScore).toBe(25)
    expect(r.pillars[0]?.score).toBeCloseTo(0.6 * (250 / 3) + 0.4 * 25, 12)
    // C1: Q 50, F = mean(F1 100; F2 N/A) = 100 → 0.6·50 + 0.4·100 = 70
    expect(c1).toMatchObject({ questionnaireScore: 50, factorScore: 100, combinedScore: 70 })
    expect(c1.availableFactorIds).toEqual(['F1'])
    expect(r.overall.score).toBeCloseTo((1 * (0.6 * (250 / 3) + 0.4 * 25) + 3 * 70) / 4, 12)
    expect(r.pillars.map((p) => p.normalizedPillarWeight)).toEqual([0.25, 0.75])
    expect(a1.weightsUsed.normalizedSectionWeight).toBe(0.6)
  })

  it('a section with insufficient coverage leaves its pillar average and is listed', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [
        answer('A1.1', 'yes'),
        answer('A1.2', 'yes'),
        naAnswer('A2.1'),
        answer('A2.2', 'no'),
        answer('C1.1', 2)
      ])
    )
    const a2 = r.sections[1] as SectionResult
    expect(a2).toMatchObject({
      coverage: 'insufficient',
      includedInPillar: false,
      naWeightShare: 0.75,
      combinedScore: 0
    })
    expect(a2.weightsUsed).toMatchObject({
      visibleWeight: 4,
      applicableWeight: 1,
      naWeight: 3,
      normalizedSectionWeight: null
    })
    expect(r.pillars[0]).toMatchObject({
      score: 100,
      includedSectionIds: ['A1'],
      excludedSectionIds: ['A2'],
      excludedWeightShare: 0.4,
      coverage: 'sufficient'
    })
  })

  it('factors with no inputs: process uses Q only, flagged', () => {
    const r = scoreAssessment(bank, makeAssessment(bank, [answer('C1.1', 3, { evidence: 1 })]))
    expect(r.sections[2]).toMatchObject({ combinedScore: 75, flags: ['factorsUnavailable'] })
    expect(r.sections[2]?.weightsUsed.questionnaireShare).toBe(1)
    expect(r.factorIndex).toBeNull()
  })

  it('completion: answered-or-N/A visible required questions, factors with all inputs, pooled', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(
        bank,
        [answer('A1.1', 'yes'), naAnswer('A1.2'), answer('A2.1', 'bogus')],
        [factorEntry('F1', { n: 1, d: 2 }), factorEntry('F2', { n: 1, d: null })]
      )
    )
    expect(r.completion.questions).toEqual({ done: 2, total: 5, percent: 40 })
    expect(r.completion.factors).toEqual({ done: 1, total: 2, percent: 50 })
    expect(r.completion.combined).toEqual({ done: 3, total: 7, percent: (3 / 7) * 100 })
    expect(r.sections.map((s) => s.completion.percent)).toEqual([100, 0, 0])
    expect(r.pillars.map((p) => p.completion)).toEqual([
      { done: 2, total: 4, percent: 50 },
      { done: 0, total: 1, percent: 0 }
    ])
  })

  it('an empty assessment scores 0 everywhere with completion 0', () => {
    const r = scoreAssessment(bank, makeAssessment(bank))
    expect(r.sections.map((s) => s.combinedScore)).toEqual([0, 0, 0])
    expect(r.overall).toMatchObject({ score: 0, rawLevel: 0, level: 0 })
    expect(r.completion.combined.percent).toBe(0)
    expect(r.findings).toHaveLength(5)
  })

  it('optional questions count in scores but not in completion', () => {
    const optional = sectionBank([q.ypn('R'), q.ypn('O', { required: false })])
    const r = scoreAssessment(optional, makeAssessment(optional, [answer('R', 'yes')]))
    expect(r.completion.questions).toEqual({ done: 1, total: 1, percent: 100 })
    expect(r.sections[0]?.questionnaireScore).toBe(50)
  })
})
