import { describe, expect, it } from 'vitest'
import { dateItemScore, numericItemScore, unevidencedScoredLevel } from './item-score'
import { scoreAssessment } from './score'
import {
  answer,
  makeAssessment,
  makeProfile,
  naAnswer,
  numberScoring,
  q,
  sectionBank
} from '../testing'
import type { QuestionResult } from './types'

const bank = sectionBank([
  q.maturity('M'),
  q.ypn('Y', { allowNA: true }),
  q.single('SC', [0, 40, 100]),
  q.multi('MC', [{ score: 30 }, { score: 50 }, { score: 40 }, { score: 0, exclusive: true }]),
  q.number('N', { scoring: { direction: 'higher', target: 200 }, integer: true, min: 0 }),
  q.number('NL', { scoring: { direction: 'lower', target: 5 } }),
  q.number('NB', {
    scoring: numberScoring('higher', 10, [
      [10, 100],
      [5, 50],
      [null, 0]
    ])
  }),
  q.number('NU'),
  q.percentage('PC', { scoring: { direction: 'higher', target: 90 } }),
  q.percentage('PL', { scoring: { direction: 'lower', target: 5 } }),
  q.date('D', { scoring: { withinDays: 365 } }),
  q.text('T'),
  q.evidence('E')
])

const scoreOf = (questionId: string, value: unknown, evidence = 0): QuestionResult => {
  const result = scoreAssessment(
    bank,
    makeAssessment(bank, [answer(questionId, value as never, { evidence })])
  )
  return result.questions.find((x) => x.id === questionId) as QuestionResult
}
/** The item scores of question `questionId` answered with each of `values` in turn. */
const itemScores = (questionId: string, values: unknown[]) =>
  values.map((value) => scoreOf(questionId, value).itemScore)

describe('item scores per question type', () => {
  it('maturity: the profile maturity scores (evidence given above the gate)', () => {
    expect([0, 1, 2].map((level) => scoreOf('M', level).effectiveScore)).toEqual([0, 25, 50])
    expect([3, 4].map((level) => scoreOf('M', level, 1).effectiveScore)).toEqual([75, 100])
  })

  it('maturity: the profile can change the level scores', () => {
    const profile = makeProfile({ maturityScores: [0, 10, 40, 70, 100] })
    const result = scoreAssessment(bank, makeAssessment(bank, [answer('M', 1)], [], { profile }))
    expect(result.questions[0]?.itemScore).toBe(10)
  })

  it('yes/partial/no: 100 / 50 / 0', () => {
    expect(['yes', 'partial', 'no'].map((v) => scoreOf('Y', v).itemScore)).toEqual([100, 50, 0])
  })

  it('single choice: the chosen option score', () => {
    expect(itemScores('SC', ['o0', 'o1', 'o2'])).toEqual([0, 40, 100])
  })

  it('multiple choice: the sum of chosen option scores, capped at 100', () => {
    expect(itemScores('MC', [['o0'], ['o0', 'o1'], ['o0', 'o1', 'o2'], ['o3']])).toEqual([
      30, 80, 100, 0
    ])
  })

  it('multiple choice: an empty selection is unanswered (counts 0), not an error', () => {
    const result = scoreOf('MC', [])
    expect(result.answered).toBe(false)
    expect(result.itemScore).toBeNull()
    expect(result.effectiveScore).toBe(0)
    expect(result.flags).toEqual(['unanswered'])
  })

  it('number, higher is better: min(100, v / target × 100)', () => {
    expect(itemScores('N', [100, 200, 500, 0])).toEqual([50, 100, 100, 0])
  })

  it('number, lower is better: min(100, target / v × 100), 0 scores 100', () => {
    expect(itemScores('NL', [10, 5, 2, 0])).toEqual([50, 100, 100, 100])
  })

  it('number with bands: the first band met, exact threshold included', () => {
    expect(itemScores('NB', [10, 9.99, 5, 4])).toEqual([100, 50, 50, 0])
  })

  it('number without scoring: answered but not scored', () => {
    const result = scoreOf('NU', 3)
    expect(result).toMatchObject({
      scored: false,
      answered: true,
      itemScore: null,
      effectiveScore: null
    })
  })

  it('percentage: linear against the target, both directions', () => {
    expect(itemScores('PC', [45, 99])).toEqual([50, 100])
    expect(itemScores('PL', [10, 0])).toEqual([50, 100])
  })

  it('date within N days before the period end (2025-12-31) scores 100, else 0', () => {
    // The end itself, 364 days before it, 365 days (inclusive), 366 days.
    expect(itemScores('D', ['2025-12-31', '2025-01-01', '2024-12-31', '2024-12-30'])).toEqual([
      100, 100, 100, 0
    ])
  })

  it('a date after the period end scores 0 and is flagged with a warning', () => {
    const result = scoreAssessment(bank, makeAssessment(bank, [answer('D', '2026-01-05')]))
    const d = result.questions.find((x) => x.id === 'D')
    expect(d?.itemScore).toBe(0)
    expect(d?.flags).toContain('afterPeriodEnd')
    expect(result.warnings.map((w) => w.code)).toContain('dateAfterPeriodEnd')
  })

  it('text and evidence questions are never scored', () => {
    expect(scoreOf('T', 'a note')).toMatchObject({
      scored: false,
      answered: true,
      effectiveScore: null
    })
    expect(scoreOf('E', null, 2)).toMatchObject({
      scored: false,
      answered: true,
      effectiveScore: null
    })
    expect(scoreOf('E', null, 0)).toMatchObject({ answered: false })
  })

  it('the score moves with the as-of date, never with the clock', () => {
    const early = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('D', '2024-06-30')], [], { end: '2025-06-30' })
    )
    const late = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('D', '2024-06-30')], [], { end: '2025-07-01' })
    )
    expect(early.questions.find((x) => x.id === 'D')?.itemScore).toBe(100)
    expect(late.questions.find((x) => x.id === 'D')?.itemScore).toBe(0)
  })
})

describe('invalid values are unanswered and reported', () => {
  const cases: Array<[string, unknown]> = [
    ['M', 5],
    ['M', 2.5],
    ['M', 'yes'],
    ['Y', 'maybe'],
    ['Y', 1],
    ['SC', 'o9'],
    ['SC', ['o1']],
    ['MC', 'o1'],
    ['MC', ['o1', 'o1']],
    ['MC', ['o9']],
    ['MC', ['o3', 'o1']],
    ['N', -1],
    ['N', 1.5],
    ['N', '12'],
    ['PC', 101],
    ['PC', -0.1],
    ['D', '2025-02-30'],
    ['D', '31/12/2025'],
    ['T', 12]
  ]
  it.each(cases)('%s = %j', (questionId, value) => {
    const result = scoreAssessment(bank, makeAssessment(bank, [answer(questionId, value as never)]))
    const item = result.questions.find((x) => x.id === questionId) as QuestionResult
    expect(item.answered).toBe(false)
    expect(item.itemScore).toBeNull()
    expect(item.effectiveScore).toBe(item.scored ? 0 : null)
    expect(item.flags).toContain('invalidValue')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ code: 'invalidValue', questionIds: [questionId] })
    expect(result.errors[0]?.message['zh-CN']).toContain(questionId)
  })

  it('an evidence question with a value is an error, but its evidence still answers it', () => {
    const result = scoreAssessment(bank, makeAssessment(bank, [answer('E', 'x', { evidence: 1 })]))
    expect(result.questions.find((x) => x.id === 'E')?.answered).toBe(true)
    expect(result.errors.map((e) => e.code)).toEqual(['invalidValue'])
  })

  it('a NaN or infinite number is invalid', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = scoreAssessment(bank, makeAssessment(bank, [answer('N', value)]))
      expect(result.errors.map((e) => e.code)).toEqual(['invalidValue'])
    }
  })
})

describe('unevidenced-maturity gate', () => {
  it('an answer ≥ minLevel without evidence is scored as scoredAsLevel and flagged', () => {
    const result = scoreOf('M', 4)
    expect(result.itemScore).toBe(100)
    expect(result.effectiveScore).toBe(50)
    expect(result.flags).toEqual(['unevidenced'])
    expect(result.unevidenced).toMatchObject({ answeredLevel: 4, scoredAsLevel: 2 })
    expect(result.unevidenced?.text['zh-CN']).toBe('M：答 L4 但未提供证据，按 L2 计分')
    expect(result.unevidenced?.text['en-US']).toBe('M: answered L4 without evidence; scored as L2')
  })

  it('evidence lifts the gate; answers below minLevel are untouched', () => {
    expect(scoreOf('M', 3, 1)).toMatchObject({ effectiveScore: 75, flags: [] })
    expect(scoreOf('M', 2)).toMatchObject({ effectiveScore: 50, flags: [] })
  })

  it('can be disabled, and never raises a score', () => {
    const off = { enabled: false, minLevel: 3, scoredAsLevel: 2 }
    expect(unevidencedScoredLevel(4, 0, off)).toBeNull()
    const odd = { enabled: true, minLevel: 1, scoredAsLevel: 3 }
    expect(unevidencedScoredLevel(1, 0, odd)).toBeNull()
    expect(unevidencedScoredLevel(4, 0, odd)).toBe(3)
  })
})

describe('N/A', () => {
  it('a justified N/A on an allowNA question is N/A: no score, not unanswered', () => {
    const result = scoreAssessment(bank, makeAssessment(bank, [naAnswer('Y')]))
    expect(result.questions.find((x) => x.id === 'Y')).toMatchObject({
      na: true,
      applicable: false,
      answered: false,
      effectiveScore: null,
      flags: []
    })
    expect(result.errors).toEqual([])
  })

  it('N/A where not allowed, or without justification, is an error and counts as unanswered', () => {
    const notAllowed = scoreAssessment(bank, makeAssessment(bank, [naAnswer('M')]))
    expect(notAllowed.questions[0]).toMatchObject({
      na: false,
      applicable: true,
      effectiveScore: 0
    })
    expect(notAllowed.questions[0]?.flags).toContain('invalidNA')
    expect(notAllowed.errors.map((e) => e.code)).toEqual(['naNotAllowed'])

    const blank = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('Y', null, { na: { justification: '  ' } })])
    )
    expect(blank.questions.find((x) => x.id === 'Y')).toMatchObject({
      na: false,
      effectiveScore: 0
    })
    expect(blank.errors.map((e) => e.code)).toEqual(['naWithoutJustification'])
  })
})

describe('scoring helpers', () => {
  it('numericItemScore never leaves 0..100', () => {
    expect(numericItemScore({ direction: 'higher', target: 10 }, -5)).toBe(0)
    expect(numericItemScore({ direction: 'lower', target: 10 }, -5)).toBe(100)
  })
  it('dateItemScore is null without a usable as-of date', () => {
    expect(dateItemScore(30, '2025-01-01', null)).toBeNull()
  })
})
