import { describe, expect, it } from 'vitest'
import { formatPercent, formatScore, roundHalfUp } from './format'
import { prepareScoring } from './plan'
import { scoreAssessment } from './score'
import {
  answer,
  factorEntry,
  makeAssessment,
  makeBank,
  makeProfile,
  naAnswer,
  profileOf,
  q,
  ratioFactor,
  sectionBank
} from '../testing'

describe('formatScore / roundHalfUp', () => {
  it('rounds half up at one decimal, immune to binary representation', () => {
    expect(roundHalfUp(0.15)).toBe(0.2)
    expect(roundHalfUp(72.05)).toBe(72.1)
    expect(roundHalfUp(72.04999)).toBe(72)
    expect(roundHalfUp(1.005, 2)).toBe(1.01)
    expect(roundHalfUp(-0.15)).toBe(-0.2)
  })
  it('formats with one decimal; — for no score', () => {
    expect(formatScore(72)).toBe('72.0')
    expect(formatScore(81.25)).toBe('81.3')
    expect(formatScore(59.95)).toBe('60.0')
    expect(formatScore(100)).toBe('100.0')
    expect(formatScore(-0.01)).toBe('0.0')
    expect(formatScore(null)).toBe('—')
    expect(formatScore(Number.NaN)).toBe('—')
    expect(formatPercent(42.857142857)).toBe('42.9%')
    expect(formatPercent(null)).toBe('—')
  })
})

const bank = makeBank({
  pillars: [
    {
      id: 'A',
      sections: [
        {
          id: 'A1',
          questions: [q.maturity('A1.01', { critical: true }), q.ypn('A1.02', { allowNA: true })]
        }
      ]
    },
    {
      id: 'C',
      sections: [
        {
          id: 'C1',
          kind: 'process',
          questions: [q.ypn('C1.01'), q.date('C1.02', { scoring: { withinDays: 90 } })]
        }
      ]
    }
  ],
  factors: [
    ratioFactor('F1', 'C1', {
      redLines: [{ id: 'RL', op: 'lt', value: 0.5, message: { 'zh-CN': 'x', 'en-US': 'x' } }]
    })
  ]
})
const assessment = makeAssessment(
  bank,
  [
    answer('A1.01', 3),
    naAnswer('A1.02'),
    answer('C1.01', 'partial'),
    answer('C1.02', '2025-11-01'),
    answer('X', 1)
  ],
  [factorEntry('F1', { n: 1, d: 4 })]
)

describe('scoreAssessment', () => {
  it('is JSON-serialisable without loss', () => {
    const result = scoreAssessment(bank, assessment)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('is deterministic and does not mutate its inputs', () => {
    const before = JSON.stringify(assessment)
    const a = scoreAssessment(bank, assessment)
    const b = scoreAssessment(bank, structuredClone(assessment))
    expect(a).toEqual(b)
    expect(JSON.stringify(assessment)).toBe(before)
  })

  it('caches the plan per bank and per profile object', () => {
    const profile = profileOf(bank)
    const first = prepareScoring(bank, profile)
    expect(prepareScoring(bank, profile).bank).toBe(first.bank)
    expect(prepareScoring(bank, profile).profile).toBe(first.profile)
    const copy = structuredClone(profile)
    expect(prepareScoring(bank, copy).bank).toBe(first.bank)
    expect(prepareScoring(bank, copy).profile).not.toBe(first.profile)
  })

  it('scores with the profile the assessment carries', () => {
    const heavy = makeProfile({ ...profileOf(bank), pillarWeights: { A: 0, C: 1 } })
    const r = scoreAssessment(bank, { ...assessment, profile: heavy })
    expect(r.overall.score).toBe(r.pillars[1]?.score)
    expect(r.profile).toEqual({ id: heavy.id, version: heavy.version })
  })

  it('reports profile weights missing for a bank section or pillar, counting them 0', () => {
    const partial = makeProfile({
      ...profileOf(bank),
      sectionWeights: { A1: 1 },
      pillarWeights: { A: 1 }
    })
    const r = scoreAssessment(bank, { ...assessment, profile: partial })
    expect(r.errors.filter((e) => e.code === 'profileWeight')).toHaveLength(2)
    expect(r.pillars[1]?.score).toBeNull()
    expect(r.overall.score).toBe(r.pillars[0]?.score)
  })

  it('reports bank problems (unknown skip-logic reference, unknown section fed) in every result', () => {
    const broken = sectionBank(
      [q.ypn('Y', { visibleWhen: { question: 'NOPE', answered: true } })],
      { factors: [ratioFactor('F', 'ZZ')] }
    )
    const r = scoreAssessment(broken, makeAssessment(broken))
    expect(r.errors.map((e) => e.code)).toEqual(['bankReference', 'bankReference'])
    expect(r.questions[0]?.visible).toBe(false)
    expect(r.factors[0]).toMatchObject({ sectionId: null, pillarId: null })
  })

  it('records every intermediate figure the report shows', () => {
    const r = scoreAssessment(bank, assessment)
    expect(r.asOf).toBe('2025-12-31')
    expect(r.questions[0]).toMatchObject({
      id: 'A1.01',
      itemScore: 75,
      effectiveScore: 50,
      level: 2,
      flags: ['unevidenced']
    })
    expect(r.factors[0]).toMatchObject({
      value: 0.25,
      band: 'E',
      score: 20,
      pass: false,
      redLinesBreached: ['RL']
    })
    expect(r.sections[1]).toMatchObject({
      questionnaireScore: 75,
      factorScore: 20,
      combinedScore: 53
    })
    expect(r.overall).toMatchObject({ score: 51.5, rawLevel: 2, level: 2 })
    expect(r.factorIndex).toBe(20)
  })
})
