import { describe, expect, it } from 'vitest'
import type { FactorFormula } from '../bank/factor'
import { bandIndexFor } from './bands'
import { linearFactorScore } from './factor'
import { scoreAssessment } from './score'
import {
  bands,
  factorEntry,
  makeAssessment,
  makeBank,
  makeProfile,
  q,
  ratioFactor,
  t,
  type FactorInput
} from '../testing'
import type { FactorResult, ScoringResult } from './types'

const pillars = [
  { id: 'P', sections: [{ id: 'S', kind: 'process' as const, questions: [q.ypn('Q')] }] }
]

const input = (id: string) => ({ id, label: t(id), unit: t('u') })

/** Scores one factor with the given inputs; returns its result and the whole result. */
function run(
  factor: FactorInput,
  values: Record<string, number | null> | undefined,
  mode: 'bands' | 'linear' = 'bands'
): { f: FactorResult; result: ScoringResult } {
  const bank = makeBank({ pillars, factors: [factor], profile: { factorScoring: mode } })
  const result = scoreAssessment(
    bank,
    makeAssessment(bank, [], values === undefined ? [] : [factorEntry(factor.id, values)])
  )
  return { f: result.factors[0] as FactorResult, result }
}

const withFormula = (
  formula: FactorFormula,
  inputs: string[],
  extra: Partial<FactorInput> = {}
): FactorInput =>
  ratioFactor('F', 'S', { inputs: inputs.map(input), constraints: [], formula, ...extra })

describe('formula kinds', () => {
  it('ratio: numerator ÷ denominator', () => {
    expect(run(ratioFactor('F', 'S'), { n: 27, d: 30 }).f).toMatchObject({
      status: 'ok',
      value: 0.9
    })
  })

  it('complementRatio: 1 − part ÷ whole', () => {
    const f = withFormula({ kind: 'complementRatio', part: 'down', whole: 'service' }, [
      'down',
      'service'
    ])
    expect(run(f, { down: 6, service: 60000 }).f.value).toBeCloseTo(0.9999, 12)
  })

  it('meanDuration: total ÷ count', () => {
    const f = withFormula(
      { kind: 'meanDuration', total: 'minutes', count: 'faults' },
      ['minutes', 'faults'],
      {
        direction: 'lower',
        target: 5,
        bands: bands([5, 15, 30, 60])
      }
    )
    expect(run(f, { minutes: 36, faults: 4 }).f).toMatchObject({ value: 9, band: 'B', score: 80 })
  })

  const layers: FactorFormula = {
    kind: 'meanOfRatios',
    terms: [
      { numerator: 'm1', denominator: 's1' },
      { numerator: 'm2', denominator: 's2' },
      { numerator: 'm3', denominator: 's3' }
    ]
  }
  const layerInputs = ['m1', 's1', 'm2', 's2', 'm3', 's3']

  it('meanOfRatios: unweighted mean; zero-denominator terms skipped', () => {
    const f = withFormula(layers, layerInputs)
    expect(run(f, { m1: 9, s1: 10, m2: 1, s2: 2, m3: 0, s3: 0 }).f).toMatchObject({
      status: 'ok',
      value: 0.7,
      terms: [0.9, 0.5, null]
    })
  })

  it('meanOfRatios: every denominator zero → N/A, not 100', () => {
    const f = withFormula(layers, layerInputs)
    expect(run(f, { m1: 0, s1: 0, m2: 0, s2: 0, m3: 0, s3: 0 }).f).toMatchObject({
      status: 'undefined',
      value: null,
      score: null
    })
  })

  it('minOfRatios with divisor: min over (C ÷ P) ÷ R', () => {
    const f = withFormula(
      {
        kind: 'minOfRatios',
        terms: [
          { numerator: 'cOrders', denominator: 'pOrders', divisor: 3 },
          { numerator: 'cBand', denominator: 'pBand', divisor: 2 }
        ]
      },
      ['cOrders', 'pOrders', 'cBand', 'pBand'],
      { display: 'multiple', target: 1, bands: bands([1.5, 1.2, 1.0, 0.8]) }
    )
    const { f: r } = run(f, { cOrders: 9000, pOrders: 2000, cBand: 5, pBand: 2 })
    expect(r.terms).toEqual([1.5, 1.25])
    expect(r).toMatchObject({ value: 1.25, band: 'B', score: 80, pass: true })
  })

  it('expression: evaluated from the AST (min/max, precedence, unary minus)', () => {
    const ABCD = ['a', 'b', 'c', 'd']
    const f = withFormula({ kind: 'expression', expression: 'min(a / b, c / d) - -0' }, ABCD)
    expect(run(f, { a: 9, b: 10, c: 3, d: 4 }).f.value).toBe(0.75)
    const g = withFormula({ kind: 'expression', expression: '(a + b) * 2 / max(c, d)' }, ABCD)
    expect(run(g, { a: 1, b: 2, c: 3, d: 12 }).f.value).toBe(0.5)
  })

  it('expression: division by zero anywhere → N/A, even inside min()', () => {
    const f = withFormula({ kind: 'expression', expression: 'min(a / b, 5)' }, ['a', 'b'])
    expect(run(f, { a: 1, b: 0 }).f).toMatchObject({ status: 'undefined', value: null })
  })

  it('expression: an unknown input or a syntax error is a formula error (N/A), reported once per result', () => {
    const unknown = withFormula({ kind: 'expression', expression: 'a / zz' }, ['a', 'b'])
    const { f, result } = run(unknown, { a: 1, b: 2 })
    expect(f.status).toBe('formulaError')
    expect(result.errors.map((e) => e.code)).toEqual(['formulaError'])
    const broken = withFormula({ kind: 'expression', expression: 'a / (b' }, ['a', 'b'])
    expect(run(broken, { a: 1, b: 2 }).f.status).toBe('formulaError')
  })
})

describe('zero denominators, missing and invalid inputs, constraints', () => {
  it('zero denominator → N/A', () => {
    expect(run(ratioFactor('F', 'S'), { n: 0, d: 0 }).f).toMatchObject({
      status: 'undefined',
      score: null,
      complete: true
    })
    const mttr = withFormula({ kind: 'meanDuration', total: 't', count: 'c' }, ['t', 'c'])
    expect(run(mttr, { t: 0, c: 0 }).f.status).toBe('undefined')
    const availability = withFormula({ kind: 'complementRatio', part: 'p', whole: 'w' }, ['p', 'w'])
    expect(run(availability, { p: 0, w: 0 }).f.status).toBe('undefined')
  })

  it('missing inputs (no entry, null, absent key) → N/A, incomplete', () => {
    expect(run(ratioFactor('F', 'S'), undefined).f).toMatchObject({
      status: 'missingInputs',
      complete: false
    })
    expect(run(ratioFactor('F', 'S'), { n: 3, d: null }).f).toMatchObject({
      status: 'missingInputs',
      inputs: { n: 3, d: null }
    })
    expect(run(ratioFactor('F', 'S'), { n: 3 }).f.status).toBe('missingInputs')
  })

  it('invalid inputs (negative, fractional count, above max) → error and N/A', () => {
    for (const values of [
      { n: -1, d: 3 },
      { n: 1.5, d: 3 }
    ]) {
      const { f, result } = run(ratioFactor('F', 'S'), values)
      expect(f.status).toBe('invalidInputs')
      expect(result.errors.map((e) => [e.code, e.inputId])).toEqual([['invalidFactorInput', 'n']])
    }
    const capped = ratioFactor('F', 'S', {
      inputs: [{ ...input('n'), max: 10 }, input('d')]
    })
    expect(run(capped, { n: 11, d: 20 }).f.status).toBe('invalidInputs')
  })

  it('numerator > denominator violates the constraint → error and N/A', () => {
    const { f, result } = run(ratioFactor('F', 'S'), { n: 31, d: 30 })
    expect(f).toMatchObject({ status: 'constraintViolated', value: null, score: null })
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ code: 'factorConstraint', factorIds: ['F'] })
    expect(result.errors[0]?.message['en-US']).toBe('Factor F: n ≤ d must hold (entered 31 and 30)')
  })

  it('an input the factor does not have is a warning and ignored', () => {
    const { f, result } = run(ratioFactor('F', 'S'), { n: 1, d: 2, extra: 5 })
    expect(f.value).toBe(0.5)
    expect(result.warnings.map((w) => [w.code, w.inputId])).toEqual([
      ['unknownFactorInput', 'extra']
    ])
  })
})

describe('bands', () => {
  const higher = bands([0.95, 0.9, 0.8, 0.6])
  const lower = bands([5, 15, 30, 60])

  it('higher is better: a value exactly on a threshold is in that band', () => {
    expect(
      [0.95, 0.9, 0.8, 0.6].map((v) => higher[bandIndexFor(higher, v, 'higher')]?.grade)
    ).toEqual(['A', 'B', 'C', 'D'])
    expect(higher[bandIndexFor(higher, 0.5999, 'higher')]?.grade).toBe('E')
    expect(higher[bandIndexFor(higher, 1, 'higher')]?.grade).toBe('A')
  })

  it('lower is better: a value exactly on a threshold is in that band', () => {
    expect([5, 15, 30, 60].map((v) => lower[bandIndexFor(lower, v, 'lower')]?.grade)).toEqual([
      'A',
      'B',
      'C',
      'D'
    ])
    expect(lower[bandIndexFor(lower, 60.01, 'lower')]?.grade).toBe('E')
    expect(lower[bandIndexFor(lower, 0, 'lower')]?.grade).toBe('A')
  })

  it('floating-point noise at a threshold does not drop a band (1e-9 tolerance)', () => {
    // (17/20 + 19/20) ÷ 2 is exactly 90 % but evaluates to 0.8999999999999999.
    const coverage = withFormula(
      {
        kind: 'meanOfRatios',
        terms: [
          { numerator: 'a', denominator: 'b' },
          { numerator: 'c', denominator: 'd' }
        ]
      },
      ['a', 'b', 'c', 'd']
    )
    const { f } = run(coverage, { a: 17, b: 20, c: 19, d: 20 })
    expect(f.value).toBeLessThan(0.9)
    expect(f.band).toBe('B')
    // (12 ÷ 5) ÷ 3 is exactly 0.8 but evaluates to 0.7999999999999999.
    const headroom = withFormula(
      { kind: 'minOfRatios', terms: [{ numerator: 'c', denominator: 'p', divisor: 3 }] },
      ['c', 'p'],
      {
        target: 1,
        bands: bands([1.5, 1.2, 1.0, 0.8]),
        redLines: [{ id: 'RL', op: 'lt', value: 0.8, message: t('r') }]
      }
    )
    const h = run(headroom, { c: 12, p: 5 }).f
    expect(h.value).toBeLessThan(0.8)
    expect(h.band).toBe('D')
    expect(h.redLinesBreached).toEqual([])
  })

  it('a real shortfall beyond the tolerance does drop a band', () => {
    expect(higher[bandIndexFor(higher, 0.9 - 1e-6, 'higher')]?.grade).toBe('C')
  })

  it('band mode: factor score is the band score', () => {
    expect(run(ratioFactor('F', 'S'), { n: 17, d: 20 }).f).toMatchObject({
      band: 'C',
      bandScore: 60,
      score: 60
    })
  })
})

describe('linear mode', () => {
  const higher = bands([0.95, 0.9, 0.8, 0.6])
  const lower = bands([5, 15, 30, 60])

  it('interpolates from the E floor (D threshold → 20) to the A target (→ 100)', () => {
    expect(linearFactorScore(higher, 'higher', 0.95)).toBe(100)
    expect(linearFactorScore(higher, 'higher', 0.6)).toBe(20)
    expect(linearFactorScore(higher, 'higher', 0.775)).toBeCloseTo(60, 10)
    expect(linearFactorScore(higher, 'higher', 0.8)).toBeCloseTo(20 + (0.2 / 0.35) * 80, 10)
  })

  it('clamps to 20..100 outside the floor and target', () => {
    expect(linearFactorScore(higher, 'higher', 1)).toBe(100)
    expect(linearFactorScore(higher, 'higher', 0.1)).toBe(20)
    expect(linearFactorScore(higher, 'higher', 0)).toBe(20)
  })

  it('lower is better mirrors it', () => {
    expect(linearFactorScore(lower, 'lower', 5)).toBe(100)
    expect(linearFactorScore(lower, 'lower', 1)).toBe(100)
    expect(linearFactorScore(lower, 'lower', 60)).toBe(20)
    expect(linearFactorScore(lower, 'lower', 32.5)).toBeCloseTo(60, 10)
    expect(linearFactorScore(lower, 'lower', 600)).toBe(20)
  })

  it('is used when the profile says linear; band and band score are still reported', () => {
    const { f } = run(ratioFactor('F', 'S'), { n: 31, d: 40 }, 'linear') // 0.775
    expect(f).toMatchObject({ scoring: 'linear', band: 'D', bandScore: 40 })
    expect(f.score).toBeCloseTo(60, 10)
  })

  it('falls back to the band score when the bands cannot be interpolated', () => {
    const flat = [
      { grade: 'A' as const, threshold: 1, score: 100 },
      { grade: 'B' as const, threshold: 1, score: 80 },
      { grade: 'C' as const, threshold: 1, score: 60 },
      { grade: 'D' as const, threshold: 1, score: 40 },
      { grade: 'E' as const, threshold: null, score: 20 }
    ]
    expect(linearFactorScore(flat, 'higher', 0.5)).toBe(20)
  })
})

describe('target and red lines', () => {
  it('pass against the target, within tolerance, both directions', () => {
    expect(run(ratioFactor('F', 'S'), { n: 19, d: 20 }).f.pass).toBe(true)
    expect(run(ratioFactor('F', 'S'), { n: 18, d: 20 }).f.pass).toBe(false)
    const mttr = withFormula({ kind: 'meanDuration', total: 't', count: 'c' }, ['t', 'c'], {
      direction: 'lower',
      target: 5,
      bands: bands([5, 15, 30, 60])
    })
    expect(run(mttr, { t: 10, c: 2 }).f.pass).toBe(true)
    expect(run(mttr, { t: 11, c: 2 }).f.pass).toBe(false)
  })

  it('red lines: breached / clear / notEvaluated', () => {
    const f = ratioFactor('F', 'S', {
      redLines: [{ id: 'RL-F', op: 'lt', value: 1, message: t('below 100 %') }]
    })
    expect(run(f, { n: 9, d: 10 }).f).toMatchObject({ redLinesBreached: ['RL-F'] })
    expect(run(f, { n: 9, d: 10 }).f.redLines[0]?.status).toBe('breached')
    expect(run(f, { n: 10, d: 10 }).f.redLines[0]?.status).toBe('clear')
    expect(run(f, { n: 0, d: 0 }).f.redLines[0]?.status).toBe('notEvaluated')
  })

  it('factor scores stay N/A-safe under a profile switch', () => {
    const bank = makeBank({ pillars, factors: [ratioFactor('F', 'S')] })
    const linear = makeProfile({ ...bank.profiles[0], factorScoring: 'linear' })
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [], [factorEntry('F', { n: 0, d: 0 })], { profile: linear })
    )
    expect(r.factors[0]?.score).toBeNull()
  })
})
