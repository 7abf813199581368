import { describe, expect, it } from 'vitest'
import type { KeySystem } from '../assessment/assessment'
import type { FactorInput } from '../testing'
import {
  bands,
  factorEntry,
  makeAssessment,
  makeBank,
  q,
  ratioFactor,
  systemEntry
} from '../testing'
import { scoreAssessment } from './score'
import type { FactorResult } from './types'

/** Availability per system, 1 − down ÷ service, higher is better, target 0.999. */
function availability(extra: Partial<FactorInput> = {}): FactorInput {
  return {
    id: 'AV',
    name: { 'zh-CN': '可用率', 'en-US': 'Availability' },
    definition: { 'zh-CN': '可用率', 'en-US': 'Availability' },
    inputs: [
      {
        id: 'service',
        label: { 'zh-CN': '服务', 'en-US': 'service' },
        unit: { 'zh-CN': '分', 'en-US': 'min' }
      },
      {
        id: 'down',
        label: { 'zh-CN': '中断', 'en-US': 'down' },
        unit: { 'zh-CN': '分', 'en-US': 'min' }
      }
    ],
    constraints: [{ left: 'down', op: 'lte', right: 'service' }],
    formula: { kind: 'complementRatio', part: 'down', whole: 'service' },
    display: 'percent',
    direction: 'higher',
    target: 0.999,
    bands: bands([0.999, 0.995, 0.99, 0.95]),
    feeds: 'C1',
    source: 'P',
    perSystem: { systems: 'all', combine: 'min' },
    ...extra
  }
}

const SYSTEMS: KeySystem[] = [
  { id: 'core', name: '集中交易', class: 5, realTime: true },
  { id: 'web', name: '网上交易', class: 4, realTime: true },
  { id: 'clear', name: '清算', class: 2, realTime: false },
  { id: 'sales', name: '产品销售' }
]

/** service 1000 min each; down minutes per system. */
const down = (minutes: Record<string, number>) =>
  Object.fromEntries(SYSTEMS.map((s) => [s.id, { service: 1000, down: minutes[s.id] ?? 0 }]))

function score(factor: FactorInput, entry = systemEntry('AV', down({ web: 20, clear: 30 }))) {
  const bank = makeBank({
    pillars: [{ id: 'C', sections: [{ id: 'C1', questions: [q.ypn('C1.01')] }] }],
    factors: [factor]
  })
  const result = scoreAssessment(bank, makeAssessment(bank, [], [entry], { systems: SYSTEMS }))
  return { factor: result.factors[0] as FactorResult, result }
}

describe('per-system factors', () => {
  it('min: the worst system is the value and is named', () => {
    const { factor } = score(availability())
    expect(factor.systems?.map((s) => [s.systemId, s.value])).toEqual([
      ['core', 1],
      ['web', 0.98],
      ['clear', 0.97],
      ['sales', 1]
    ])
    expect(factor).toMatchObject({ value: 0.97, band: 'D', status: 'ok', complete: true })
    expect(factor.combination).toEqual({ rule: 'min', selection: 'all', bindingSystemId: 'clear' })
    expect(factor.inputs).toEqual({ service: null, down: null })
  })

  it('realTime: only systems marked real-time are entered and combined', () => {
    const { factor } = score(availability({ perSystem: { systems: 'realTime', combine: 'min' } }))
    expect(factor.systems?.map((s) => s.systemId)).toEqual(['core', 'web'])
    expect(factor).toMatchObject({ value: 0.98, band: 'D' })
    expect(factor.combination?.bindingSystemId).toBe('web')
  })

  it('class-weighted minimum: a lower class counts its shortfall below the target less', () => {
    const weights: [number, number, number, number, number] = [0.2, 0.4, 0.6, 0.8, 1]
    const { factor } = score(
      availability({
        perSystem: { systems: 'all', combine: 'classWeightedMin', classWeights: weights }
      })
    )
    // web (class 4, weight 0.8): 0.999 − 0.8 × (0.999 − 0.98) = 0.9838
    // clear (class 2, weight 0.4): 0.999 − 0.4 × (0.999 − 0.97) = 0.9874
    const byId = Object.fromEntries(factor.systems!.map((s) => [s.systemId, s]))
    expect(byId.web).toMatchObject({ classWeight: 0.8 })
    expect(byId.web!.adjustedValue).toBeCloseTo(0.9838, 12)
    expect(byId.clear!.adjustedValue).toBeCloseTo(0.9874, 12)
    // Unclassified counts in full; a system at or above the target keeps its value.
    expect(byId.sales).toMatchObject({ classWeight: 1, adjustedValue: 1 })
    expect(factor.combination?.bindingSystemId).toBe('web')
    expect(factor.value).toBeCloseTo(0.9838, 12)
  })

  it('sum, mean and max', () => {
    const counts: FactorInput = {
      ...availability(),
      inputs: [
        { id: 'n', label: { 'zh-CN': '次', 'en-US': 'n' }, unit: { 'zh-CN': '次', 'en-US': 'n' } }
      ],
      constraints: [],
      formula: { kind: 'expression', expression: 'n' },
      display: 'number',
      direction: 'lower',
      target: 0,
      bands: [
        { grade: 'A', threshold: 0, score: 100 },
        { grade: 'B', threshold: 1, score: 80 },
        { grade: 'C', threshold: 2, score: 60 },
        { grade: 'D', threshold: 3, score: 40 },
        { grade: 'E', threshold: null, score: 20 }
      ]
    }
    const entry = systemEntry('AV', {
      core: { n: 1 },
      web: { n: 0 },
      clear: { n: 3 },
      sales: { n: 0 }
    })
    const sum = score({ ...counts, perSystem: { systems: 'all', combine: 'sum' } }, entry).factor
    expect(sum).toMatchObject({ value: 4, band: 'E', combination: { bindingSystemId: null } })
    const mean = score({ ...counts, perSystem: { systems: 'all', combine: 'mean' } }, entry).factor
    expect(mean).toMatchObject({ value: 1, band: 'B' })
    const max = score({ ...counts, perSystem: { systems: 'all', combine: 'max' } }, entry).factor
    expect(max).toMatchObject({ value: 3, band: 'D', combination: { bindingSystemId: 'clear' } })
  })

  it('a system with a zero denominator is left out; all of them: undefined', () => {
    const entry = down({ web: 20 })
    entry.core = { service: 0, down: 0 }
    const { factor } = score(availability(), systemEntry('AV', entry))
    expect(factor.systems?.find((s) => s.systemId === 'core')).toMatchObject({
      status: 'undefined',
      value: null
    })
    expect(factor).toMatchObject({ status: 'ok', value: 0.98, complete: true })
    const allZero = Object.fromEntries(SYSTEMS.map((s) => [s.id, { service: 0, down: 0 }]))
    expect(score(availability(), systemEntry('AV', allZero)).factor).toMatchObject({
      status: 'undefined',
      value: null
    })
  })

  it('an invalid system makes the factor N/A and the error names the system', () => {
    const entry = down({})
    entry.web = { service: 1000, down: 2000 }
    const { factor, result } = score(availability(), systemEntry('AV', entry))
    expect(factor).toMatchObject({ status: 'constraintViolated', value: null, score: null })
    expect(result.errors.map((e) => e.message['zh-CN'])).toEqual([
      '要素 AV（网上交易）：须满足 down ≤ service（当前 2000 与 1000）'
    ])
  })

  it('no key system in scope: N/A and not complete; inputs entered once are warned about', () => {
    const bank = makeBank({
      pillars: [{ id: 'C', sections: [{ id: 'C1', questions: [q.ypn('C1.01')] }] }],
      factors: [availability()]
    })
    const result = scoreAssessment(
      bank,
      makeAssessment(bank, [], [factorEntry('AV', { service: 1000, down: 0 })])
    )
    expect(result.factors[0]).toMatchObject({ status: 'noSystems', value: null, complete: false })
    expect(result.completion.factors).toMatchObject({ done: 0, total: 1 })
  })

  it('unknown inputs of a system are warned about and ignored', () => {
    const entry: Record<string, Record<string, number>> = down({})
    entry.core = { service: 1000, down: 0, extra: 5 }
    const { result } = score(availability(), systemEntry('AV', entry))
    expect(result.warnings.map((w) => w.message['en-US'])).toEqual([
      'Factor AV (集中交易) has no input extra; the value is ignored'
    ])
  })
})

describe('small samples', () => {
  const factor = ratioFactor('F', 'C1', {
    target: 1,
    bands: bands([1, 0.95, 0.85, 0.7]),
    smallSample: { minN: 20, missBands: [0, 1, 2, 3] }
  })
  const bank = makeBank({
    pillars: [{ id: 'C', sections: [{ id: 'C1', questions: [q.ypn('C1.01')] }] }],
    factors: [factor]
  })
  const result = (n: number, d: number) =>
    scoreAssessment(bank, makeAssessment(bank, [], [factorEntry('F', { n, d })])).factors[0]!

  it('below minN bands by misses and says so, with n of N', () => {
    // 11 of 12 is 91.7 %: band C by percentage, band B by one miss.
    expect(result(11, 12)).toMatchObject({
      band: 'B',
      score: 80,
      sample: { n: 11, N: 12, misses: 1, small: true, bandedByMisses: true, minN: 20 }
    })
    expect(result(8, 12)).toMatchObject({ band: 'E', sample: { misses: 4 } })
  })

  it('at minN or above bands by the value as usual', () => {
    expect(result(19, 20)).toMatchObject({
      band: 'B',
      sample: { small: false, bandedByMisses: false }
    })
    expect(result(38, 40)).toMatchObject({ band: 'B', score: 80 })
  })

  it('every ratio factor reports n of N; a rule without miss bands only marks it', () => {
    const plain = ratioFactor('G', 'C1', { smallSample: { minN: 20 } })
    const b = makeBank({
      pillars: [{ id: 'C', sections: [{ id: 'C1', questions: [q.ypn('C1.01')] }] }],
      factors: [plain, ratioFactor('H', 'C1')]
    })
    const [g, h] = scoreAssessment(
      b,
      makeAssessment(b, [], [factorEntry('G', { n: 9, d: 10 }), factorEntry('H', { n: 9, d: 10 })])
    ).factors
    expect(g).toMatchObject({ band: 'B', sample: { small: true, bandedByMisses: false } })
    expect(h?.sample).toEqual({
      n: 9,
      N: 10,
      misses: 1,
      small: false,
      bandedByMisses: false,
      minN: null
    })
  })
})
