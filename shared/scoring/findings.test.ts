import { describe, expect, it } from 'vitest'
import { compareFindings } from './findings'
import { scoreAssessment } from './score'
import {
  answer,
  factorEntry,
  makeAssessment,
  makeBank,
  naAnswer,
  q,
  ratioFactor,
  t
} from '../testing'
import type { Finding } from './types'

const bank = makeBank({
  pillars: [
    {
      id: 'A',
      sections: [
        {
          id: 'A1',
          questions: [
            q.maturity('A1.01', { weight: 3, critical: true }),
            q.ypn('A1.02', { weight: 2 }),
            q.ypn('A1.03', { weight: 2 }),
            q.ypn('A1.04', { allowNA: true, weight: 3 }),
            q.ypn('A1.05', { visibleWhen: { question: 'A1.02', equals: 'yes' } }),
            q.text('A1.06')
          ]
        }
      ]
    },
    { id: 'C', sections: [{ id: 'C1', kind: 'process', questions: [q.ypn('C1.01')] }] }
  ],
  factors: [
    ratioFactor('F01', 'C1'),
    ratioFactor('F02', 'C1', { redLines: [{ id: 'RL', op: 'lt', value: 0.5, message: t('x') }] }),
    ratioFactor('F03', 'C1')
  ]
})

describe('findings', () => {
  const r = scoreAssessment(
    bank,
    makeAssessment(
      bank,
      [
        answer('A1.01', 2),
        answer('A1.02', 'no'),
        answer('A1.03', 'partial'),
        naAnswer('A1.04'),
        answer('C1.01', 'yes')
      ],
      [
        factorEntry('F01', { n: 17, d: 20 }),
        factorEntry('F02', { n: 17, d: 20 }),
        factorEntry('F03', { n: 0, d: 0 })
      ]
    )
  )

  it('ranks by weight × gap, ties by id', () => {
    expect(r.findings.map((f) => [f.id, f.weight, f.gap, f.priority])).toEqual([
      ['q:A1.02', 2, 100, 200],
      ['q:A1.01', 3, 50, 150],
      ['f:F02', 3, 40, 120], // red-line factor: weight 3
      ['q:A1.03', 2, 50, 100],
      ['f:F01', 2, 40, 80]
    ])
  })

  it('leaves out full scores, N/A items, hidden and unscored questions and N/A factors', () => {
    const ids = r.findings.map((f) => f.id)
    for (const absent of ['q:C1.01', 'q:A1.04', 'q:A1.05', 'q:A1.06', 'f:F03'])
      expect(ids).not.toContain(absent)
  })

  it('carries section, pillar, score and flags', () => {
    expect(r.findings[1]).toEqual({
      id: 'q:A1.01',
      kind: 'question',
      targetId: 'A1.01',
      sectionId: 'A1',
      pillarId: 'A',
      score: 50,
      gap: 50,
      weight: 3,
      priority: 150,
      redLine: false,
      critical: true,
      unanswered: false
    } satisfies Finding)
    expect(r.findings.find((f) => f.id === 'f:F02')).toMatchObject({
      sectionId: 'C1',
      pillarId: 'C',
      redLine: false
    })
  })

  it('an unanswered item is a finding with gap 100, marked unanswered', () => {
    const empty = scoreAssessment(bank, makeAssessment(bank))
    expect(empty.findings[0]).toMatchObject({
      id: 'q:A1.01',
      gap: 100,
      priority: 300,
      unanswered: true
    })
    expect(empty.findings.map((f) => f.id)).toEqual([
      'q:A1.01',
      'q:A1.04',
      'q:A1.02',
      'q:A1.03',
      'q:C1.01'
    ])
  })

  it('the comparator is a total order on distinct ids', () => {
    const a = { id: 'q:B', priority: 10 } as Finding
    const b = { id: 'q:A', priority: 10 } as Finding
    expect(compareFindings(a, b)).toBe(1)
    expect(compareFindings(b, a)).toBe(-1)
    expect(compareFindings(a, a)).toBe(0)
  })
})
