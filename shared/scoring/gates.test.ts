import { describe, expect, it } from 'vitest'
import { levelForScore, sortLevels } from './levels'
import { scoreAssessment } from './score'
import {
  answer,
  bands,
  factorEntry,
  makeAssessment,
  makeBank,
  sectionBank,
  makeProfile,
  naAnswer,
  q,
  ratioFactor,
  t,
  t2
} from '../testing'
import type { ScoringProfile } from '../bank/profile'
import type { CoverageGate, RedLineGate } from './types'

const levels = sortLevels(makeProfile().levels)

describe('levels', () => {
  it('the highest level whose minScore the score reaches', () => {
    expect([0, 19.9, 20, 39.9, 40, 60, 79.9, 80, 100].map((s) => levelForScore(levels, s))).toEqual(
      [0, 0, 1, 1, 2, 3, 3, 4, 4]
    )
  })

  it('uses the score as displayed (one decimal, half-up), so "60.0" is never L2', () => {
    expect(levelForScore(levels, 59.95)).toBe(3)
    expect(levelForScore(levels, 59.94)).toBe(2)
    expect(levelForScore(levels, 59.99999999999999)).toBe(3)
  })

  it('profile levels in any order', () => {
    expect(levelForScore(sortLevels([...makeProfile().levels].reverse()), 45)).toBe(2)
  })
})

const criticalBank = sectionBank([
  q.maturity('K1', { critical: true, weight: 3 }),
  q.maturity('K2', { critical: true, weight: 3, allowNA: true }),
  q.ypn('Y1', { weight: 3 }),
  q.ypn('Y2', { weight: 3 })
])

describe('critical-item gate', () => {
  it('caps a section at (lowest critical item level) + levelsAbove', () => {
    // K1 = 1 (25 → L1), K2 = 4 with evidence (100), Y = yes, yes → (25+100+100+100)/4 = 81.25 → L4
    const r = scoreAssessment(
      criticalBank,
      makeAssessment(criticalBank, [
        answer('K1', 1),
        answer('K2', 4, { evidence: 1 }),
        answer('Y1', 'yes'),
        answer('Y2', 'yes')
      ])
    )
    const s = r.sections[0]
    expect(s).toMatchObject({ combinedScore: 81.25, rawLevel: 4, level: 2 })
    expect(s?.cap).toMatchObject({
      gate: 'criticalItem',
      questionId: 'K1',
      itemLevel: 1,
      capLevel: 2,
      binding: true
    })
    expect(s?.cap?.text).toEqual({
      'zh-CN': '81.3 → L4，因关键项 K1（L1）封顶为 L2',
      'en-US': '81.3 → L4, capped to L2 by critical item K1 (L1)'
    })
  })

  it('an unanswered critical item is L0; an N/A one does not count', () => {
    const unanswered = scoreAssessment(
      criticalBank,
      makeAssessment(criticalBank, [
        answer('K2', 4, { evidence: 1 }),
        answer('Y1', 'yes'),
        answer('Y2', 'yes')
      ])
    )
    expect(unanswered.sections[0]).toMatchObject({ rawLevel: 3, level: 1 })
    expect(unanswered.sections[0]?.cap).toMatchObject({
      questionId: 'K1',
      itemLevel: 0,
      capLevel: 1
    })

    const na = scoreAssessment(
      criticalBank,
      makeAssessment(criticalBank, [
        answer('K1', 3, { evidence: 1 }),
        naAnswer('K2'),
        answer('Y1', 'yes'),
        answer('Y2', 'yes')
      ])
    )
    // (75 + 100 + 100) / 3 = 91.7 → L4; K1 is L3 → cap L4, not binding.
    expect(na.sections[0]).toMatchObject({ rawLevel: 4, level: 4 })
    expect(na.sections[0]?.cap).toMatchObject({ questionId: 'K1', binding: false })
    expect(na.sections[0]?.cap?.text['en-US']).toBe(
      '91.7 → L4 (critical item K1 is L3; cap L4 not binding)'
    )
  })

  it('reads the effective (unevidenced-gated) score', () => {
    const r = scoreAssessment(
      criticalBank,
      makeAssessment(criticalBank, [
        answer('K1', 4),
        answer('K2', 4),
        answer('Y1', 'yes'),
        answer('Y2', 'yes')
      ])
    )
    // K1, K2 unevidenced → 50 each (L2) → (50+50+100+100)/4 = 75 → L3, cap L3.
    expect(r.sections[0]).toMatchObject({ combinedScore: 75, rawLevel: 3, level: 3 })
    expect(r.sections[0]?.cap).toMatchObject({ itemLevel: 2, capLevel: 3, binding: false })
  })

  it('can be disabled, and levelsAbove is configurable', () => {
    const answers = [
      answer('K1', 0),
      answer('K2', 4, { evidence: 1 }),
      answer('Y1', 'yes'),
      answer('Y2', 'yes')
    ]
    const off = makeProfile({
      ...criticalBank.profiles[0],
      gates: { criticalItem: { enabled: false, levelsAbove: 1 } }
    })
    expect(
      scoreAssessment(criticalBank, makeAssessment(criticalBank, answers, [], { profile: off }))
        .sections[0]
    ).toMatchObject({
      level: 3,
      cap: null
    })
    const two = makeProfile({
      ...criticalBank.profiles[0],
      gates: { criticalItem: { enabled: true, levelsAbove: 2 } }
    })
    expect(
      scoreAssessment(criticalBank, makeAssessment(criticalBank, answers, [], { profile: two }))
        .sections[0]?.level
    ).toBe(2)
  })
})

const redBank = sectionBank(
  [
    q.ypn('R', {
      redLine: {
        id: 'RL-R',
        whenAnswerIn: ['no'],
        message: t2('未按时报告', 'not reported on time')
      }
    }),
    q.ypn('Y')
  ],
  {
    kind: 'process',
    factors: [
      ratioFactor('F10', 'S', {
        target: 1,
        bands: bands([1.5, 1.2, 1, 0.8]),
        constraints: [],
        redLines: [
          {
            id: 'RL-F10',
            op: 'lt',
            value: 1,
            message: t2('容量冗余不足', 'capacity headroom below 1')
          }
        ]
      })
    ]
  }
)

/** The red-line bank scored: R answered `r`, Y yes, F10's figures `f10`. */
const scoreRedBank = (
  r: 'yes' | 'no',
  f10: { n: number; d: number },
  options: { profile?: ScoringProfile } = {}
) =>
  scoreAssessment(
    redBank,
    makeAssessment(
      redBank,
      [answer('R', r), answer('Y', 'yes')],
      [factorEntry('F10', f10)],
      options
    )
  )

describe('red-line gate', () => {
  it('a factor red line caps the overall level', () => {
    const r = scoreRedBank('yes', { n: 9, d: 10 })
    // Q 100, F10 0.9 → D 40 → 0.6·100 + 0.4·40 = 76 → L3, capped L2.
    expect(r.overall).toMatchObject({ score: 76, rawLevel: 3, level: 2 })
    const gate = r.overall.gates[0] as RedLineGate
    expect(gate).toMatchObject({ gate: 'redLine', capLevel: 2, binding: true })
    expect(gate.breaches).toEqual([
      {
        redLineId: 'RL-F10',
        class: 'regulatory',
        source: 'factor',
        sourceId: 'F10',
        message: t2('容量冗余不足', 'capacity headroom below 1')
      }
    ])
    expect(r.overall.text).toEqual({
      'zh-CN': '76.0 → L3，因红线 F10 封顶为 L2',
      'en-US': '76.0 → L3, capped to L2 by red line F10'
    })
    expect(r.findings[0]).toMatchObject({ id: 'f:F10', redLine: true, weight: 3 })
  })

  it('a question red line caps the overall level too; several are listed', () => {
    const r = scoreRedBank('no', { n: 9, d: 10 })
    expect(r.questions[0]?.flags).toEqual(['redLine'])
    expect(r.overall.redLineBreaches.map((b) => b.sourceId)).toEqual(['F10', 'R'])
    // Q 50, F 40 → 46 → L2: the cap does not bind but the breach is still said.
    expect(r.overall).toMatchObject({ score: 46, rawLevel: 2, level: 2 })
    expect(r.overall.text).toEqual({
      'zh-CN': '46.0 → L2，已触发红线 F10、R（上限 L2，未影响评级）',
      'en-US': '46.0 → L2, red lines F10, R breached (cap L2 not binding)'
    })
  })

  it('a question red line alone', () => {
    const r = scoreRedBank('no', { n: 20, d: 10 })
    // Q 50, F10 2.0 → A 100 → 70 → L3, capped L2 by R.
    expect(r.overall).toMatchObject({ score: 70, rawLevel: 3, level: 2 })
    expect(r.overall.text['en-US']).toBe('70.0 → L3, capped to L2 by red line R')
  })

  it('no breach, no gate; disabled gate lists breaches without capping', () => {
    const clean = scoreRedBank('yes', { n: 20, d: 10 })
    expect(clean.overall).toMatchObject({ score: 100, level: 4, gates: [], redLineBreaches: [] })
    expect(clean.overall.text).toEqual({ 'zh-CN': '100.0 → L4', 'en-US': '100.0 → L4' })

    const off = makeProfile({
      ...redBank.profiles[0],
      gates: { redLine: { enabled: false, capLevel: 2 } }
    })
    const r = scoreRedBank('no', { n: 20, d: 10 }, { profile: off })
    expect(r.overall).toMatchObject({ level: 3, gates: [] })
    expect(r.overall.redLineBreaches).toHaveLength(1)
  })
})

describe('coverage gate', () => {
  const bank = makeBank({
    pillars: [
      {
        id: 'A',
        sections: [
          {
            id: 'A1',
            questions: [q.ypn('A1.1', { allowNA: true }), q.ypn('A1.2', { allowNA: true })]
          }
        ]
      },
      { id: 'B', sections: [{ id: 'B1', questions: [q.ypn('B1.1')] }] }
    ]
  })

  it('withholds the overall level while a pillar has insufficient coverage', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [naAnswer('A1.1'), naAnswer('A1.2'), answer('B1.1', 'yes')])
    )
    expect(r.sections[0]).toMatchObject({
      coverage: 'insufficient',
      combinedScore: null,
      includedInPillar: false
    })
    expect(r.pillars[0]).toMatchObject({
      score: null,
      coverage: 'insufficient',
      excludedWeightShare: 1
    })
    // Overall renormalises over B: 100 → L4, but the level is withheld.
    expect(r.overall).toMatchObject({ score: 100, rawLevel: 4, level: null })
    const gate = r.overall.gates[0] as CoverageGate
    expect(gate).toMatchObject({ gate: 'coverage', pillarIds: ['A'], level: null })
    expect(r.overall.text).toEqual({
      'zh-CN': '100.0 → L4，因支柱 A 覆盖不足，暂不评定等级',
      'en-US': '100.0 → L4, level withheld: pillar A has insufficient coverage'
    })
  })

  it('red line and coverage together', () => {
    const both = makeBank({
      pillars: [
        { id: 'A', sections: [{ id: 'A1', questions: [q.ypn('A1.1', { allowNA: true })] }] },
        {
          id: 'B',
          sections: [
            {
              id: 'B1',
              questions: [
                q.ypn('B1.1', { redLine: { id: 'RL', whenAnswerIn: ['partial'], message: t('x') } })
              ]
            }
          ]
        }
      ]
    })
    const r = scoreAssessment(
      both,
      makeAssessment(both, [naAnswer('A1.1'), answer('B1.1', 'partial')])
    )
    expect(r.overall).toMatchObject({ score: 50, rawLevel: 2, level: null })
    expect(r.overall.gates.map((g) => g.gate)).toEqual(['redLine', 'coverage'])
    expect(r.overall.text['zh-CN']).toBe(
      '50.0 → L2，已触发红线 B1.1（上限 L2，未影响评级）；因支柱 A 覆盖不足，暂不评定等级'
    )
  })

  it('disabled: N/A-heavy sections still count and the level is shown', () => {
    const off = makeProfile({
      ...bank.profiles[0],
      gates: { coverage: { enabled: false, maxNAWeightShare: 0.5 } }
    })
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [naAnswer('A1.1'), answer('A1.2', 'no'), answer('B1.1', 'yes')], [], {
        profile: off
      })
    )
    expect(r.sections[0]).toMatchObject({
      coverage: 'sufficient',
      includedInPillar: true,
      combinedScore: 0
    })
    expect(r.overall).toMatchObject({ score: 50, level: 2, gates: [] })
  })
})
