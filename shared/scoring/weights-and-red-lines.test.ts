import { describe, expect, it } from 'vitest'
import { effectiveWeights, formatShare } from './effective-weights'
import { scoreAssessment } from './score'
import {
  answer,
  factorEntry,
  makeAssessment,
  makeBank,
  profileOf,
  q,
  ratioFactor,
  t2
} from '../testing'

describe('factor weights and factor shares', () => {
  const bank = (profile: Parameters<typeof makeBank>[0]['profile'] = {}) =>
    makeBank({
      pillars: [{ id: 'C', sections: [{ id: 'C1', questions: [q.ypn('C1.01')] }] }],
      factors: [
        ratioFactor('F1', 'C1', { weight: 3 }),
        ratioFactor('F2', 'C1'),
        ratioFactor('F3', 'C1')
      ],
      profile
    })
  // Q 100; F1 band A 100, F2 band E 20, F3 N/A.
  const entries = [factorEntry('F1', { n: 10, d: 10 }), factorEntry('F2', { n: 1, d: 10 })]

  it('the section factor score is weighted by the factors’ weights, N/A ones left out', () => {
    const b = bank()
    const section = scoreAssessment(b, makeAssessment(b, [answer('C1.01', 'yes')], entries))
      .sections[0]!
    // (3×100 + 1×20) ÷ 4 = 80; combined 0.6×100 + 0.4×80 = 92.
    expect(section.factorScore).toBe(80)
    expect(section.combinedScore).toBeCloseTo(92, 12)
    expect(section.weightsUsed.questionnaireShare).toBe(0.6)
  })

  it('a profile factor share replaces 1 − questionnaireShare for that section', () => {
    const b = bank({ factorShares: { C1: 0.25 } })
    const section = scoreAssessment(b, makeAssessment(b, [answer('C1.01', 'yes')], entries))
      .sections[0]!
    expect(section.weightsUsed.questionnaireShare).toBe(0.75)
    expect(section.combinedScore).toBeCloseTo(0.75 * 100 + 0.25 * 80, 12)
  })

  it('effectiveWeights splits the section by the same rule', () => {
    const b = bank({ factorShares: { C1: 0.25 } })
    expect(effectiveWeights(b, profileOf(b)).map((w) => [w.id, w.share])).toEqual([
      ['C1.01', 0.75],
      ['F1', 0.15],
      ['F2', 0.05],
      ['F3', 0.05]
    ])
  })

  it('formatShare prints a share as a percent with two decimals, rounded half up', () => {
    expect(formatShare(0.0236)).toBe('2.36%')
    expect(formatShare(0.000125)).toBe('0.01%')
    expect(formatShare(0.15)).toBe('15.00%')
    expect(formatShare(1)).toBe('100.00%')
  })
})

describe('red-line classes', () => {
  const b = makeBank({
    pillars: [
      {
        id: 'C',
        sections: [
          {
            id: 'C1',
            questions: [
              q.ypn('C1.01', {
                redLine: {
                  id: 'RL-Q',
                  class: 'internal',
                  whenAnswerIn: ['no'],
                  message: t2('内部', 'internal')
                }
              }),
              q.ypn('C1.02')
            ]
          }
        ]
      }
    ],
    factors: [
      ratioFactor('F1', 'C1', {
        redLines: [
          { id: 'RL-F1', class: 'internal', op: 'lt', value: 1, message: t2('低', 'low') },
          {
            id: 'RL-F1-n',
            class: 'regulatory',
            input: 'n',
            op: 'lte',
            value: 0,
            message: t2('没有', 'none')
          }
        ]
      })
    ]
  })
  const score = (c101: 'yes' | 'no', n: number) =>
    scoreAssessment(
      b,
      makeAssessment(
        b,
        [answer('C1.01', c101), answer('C1.02', 'yes')],
        [factorEntry('F1', { n, d: 10 })]
      )
    ).overall

  it('internal red lines are listed and named but never cap the level', () => {
    const overall = score('no', 9)
    expect(overall.redLineBreaches.map((b) => [b.redLineId, b.class])).toEqual([
      ['RL-F1', 'internal'],
      ['RL-Q', 'internal']
    ])
    expect(overall.gates).toEqual([])
    expect(overall.level).toBe(overall.rawLevel)
    expect(overall.text['zh-CN']).toContain('已触发内部红线 F1、C1.01（非监管红线，不影响评级）')
    expect(overall.text['en-US']).toContain(
      'internal red lines F1, C1.01 breached (not regulatory; no cap)'
    )
  })

  it('a regulatory red line on an input caps the level', () => {
    const overall = score('yes', 0)
    expect(overall.redLineBreaches).toEqual([
      expect.objectContaining({ redLineId: 'RL-F1', class: 'internal' }),
      expect.objectContaining({ redLineId: 'RL-F1-n', class: 'regulatory', sourceId: 'F1' })
    ])
    expect(overall.gates.map((g) => g.gate)).toEqual(['redLine'])
  })

  it('a red line on a missing input is not evaluated', () => {
    const result = scoreAssessment(b, makeAssessment(b, [], [factorEntry('F1', { d: 10 })]))
    expect(result.factors[0]?.redLines.map((l) => [l.id, l.status, l.input])).toEqual([
      ['RL-F1', 'notEvaluated', null],
      ['RL-F1-n', 'notEvaluated', 'n']
    ])
  })
})
