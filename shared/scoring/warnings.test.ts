import { describe, expect, it } from 'vitest'
import { scoreAssessment } from './score'
import {
  answer,
  factorEntry,
  makeAssessment,
  makeBank,
  sectionBank,
  naAnswer,
  q,
  ratioFactor,
  rule,
  t2
} from '../testing'

const bank = sectionBank(
  [
    q.maturity('M1'),
    q.maturity('M2'),
    q.ypn('Y1', { allowNA: true }),
    q.number('RTO'),
    q.number('RPO'),
    q.date('D1'),
    q.date('D2')
  ],
  {
    factors: [ratioFactor('F', 'S')],
    consistencyRules: [
      rule.evidence('R-EV', 3, t2('高成熟度需证据', 'high maturity needs evidence')),
      rule.condition(
        'R-COND',
        {
          all: [
            { question: 'M1', gte: 3 },
            { question: 'Y1', equals: 'no' }
          ]
        },
        ['M1', 'Y1'],
        t2('成熟度与实践矛盾', 'maturity contradicts practice')
      ),
      rule.compare(
        'R-CMP',
        [{ question: 'RTO' }, 'gte', { question: 'RPO' }],
        t2('RTO 应不小于 RPO', 'RTO should be at least RPO')
      ),
      rule.compare(
        'R-FAC',
        [{ factor: 'F', input: 'd' }, 'lte', { constant: 1000 }],
        t2('数量异常', 'implausible count')
      ),
      rule.compare(
        'R-DATE',
        [{ question: 'D1' }, 'lte', { question: 'D2' }],
        t2('日期顺序', 'date order')
      )
    ]
  }
)

const ruleIds = (r: ReturnType<typeof scoreAssessment>) =>
  r.warnings.filter((w) => w.code === 'consistencyRule').map((w) => w.ruleId)

describe('consistency rules (soft warnings)', () => {
  it('evidenceForHighMaturity: one warning per unevidenced answer at or above the level', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('M1', 3), answer('M2', 4, { evidence: 1 })])
    )
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).toMatchObject({
      severity: 'warning',
      code: 'consistencyRule',
      ruleId: 'R-EV',
      questionIds: ['M1'],
      message: t2('高成熟度需证据', 'high maturity needs evidence')
    })
    expect(ruleIds(scoreAssessment(bank, makeAssessment(bank, [answer('M1', 2)])))).toEqual([])
  })

  it('condition: warns on the listed questions while the condition holds', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('M1', 3, { evidence: 1 }), answer('Y1', 'no')])
    )
    expect(r.warnings).toEqual([
      expect.objectContaining({ ruleId: 'R-COND', questionIds: ['M1', 'Y1'] })
    ])
    expect(
      ruleIds(
        scoreAssessment(
          bank,
          makeAssessment(bank, [answer('M1', 3, { evidence: 1 }), naAnswer('Y1')])
        )
      )
    ).toEqual([])
  })

  it('compare: warns when both sides are present and the comparison fails', () => {
    expect(
      ruleIds(scoreAssessment(bank, makeAssessment(bank, [answer('RTO', 10), answer('RPO', 30)])))
    ).toEqual(['R-CMP'])
    expect(
      ruleIds(scoreAssessment(bank, makeAssessment(bank, [answer('RTO', 30), answer('RPO', 30)])))
    ).toEqual([])
    expect(ruleIds(scoreAssessment(bank, makeAssessment(bank, [answer('RTO', 10)])))).toEqual([])
  })

  it('compare over factor inputs and constants', () => {
    const r = scoreAssessment(bank, makeAssessment(bank, [], [factorEntry('F', { n: 5, d: 5000 })]))
    expect(r.warnings).toEqual([
      expect.objectContaining({ ruleId: 'R-FAC', factorIds: ['F'], questionIds: [] })
    ])
  })

  it('compare over dates (by day)', () => {
    expect(
      ruleIds(
        scoreAssessment(
          bank,
          makeAssessment(bank, [answer('D1', '2025-03-01'), answer('D2', '2025-02-01')])
        )
      )
    ).toEqual(['R-DATE'])
    expect(
      ruleIds(
        scoreAssessment(
          bank,
          makeAssessment(bank, [answer('D1', '2025-01-01'), answer('D2', '2025-02-01')])
        )
      )
    ).toEqual([])
  })

  it('warnings never change a score', () => {
    const withRules = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('RTO', 10), answer('RPO', 30), answer('M1', 3)])
    )
    const plain = makeBank({
      pillars: bank.pillars.map((p) => ({
        id: p.id,
        sections: p.sections.map((s) => ({ id: s.id, questions: s.questions }))
      })),
      factors: [ratioFactor('F', 'S')]
    })
    const withoutRules = scoreAssessment(
      plain,
      makeAssessment(plain, [answer('RTO', 10), answer('RPO', 30), answer('M1', 3)])
    )
    expect(withRules.overall.score).toBe(withoutRules.overall.score)
    expect(withRules.warnings.length).toBeGreaterThan(0)
    expect(withoutRules.warnings).toEqual([])
  })
})

describe('hard errors', () => {
  it('duplicate answers: the first counts, the rest are errors', () => {
    const r = scoreAssessment(bank, makeAssessment(bank, [answer('M1', 1), answer('M1', 2)]))
    expect(r.questions[0]?.value).toBe(1)
    expect(r.errors.map((e) => e.code)).toEqual(['duplicateAnswer'])
  })

  it('answers and factor entries the bank does not know are warnings', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [answer('ZZ', 1)], [factorEntry('FZ', { n: 1 })])
    )
    expect(r.warnings.map((w) => w.code)).toEqual(['unknownQuestion', 'unknownFactor'])
    expect(r.errors).toEqual([])
  })

  it('duplicate factor entries: the first counts', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(bank, [], [factorEntry('F', { n: 1, d: 2 }), factorEntry('F', { n: 2, d: 2 })])
    )
    expect(r.factors[0]?.value).toBe(0.5)
    expect(r.errors.map((e) => e.code)).toEqual(['duplicateFactorEntry'])
  })

  it('every issue is bilingual and names its target', () => {
    const r = scoreAssessment(
      bank,
      makeAssessment(
        bank,
        [answer('M1', 9), naAnswer('M2'), answer('Y1', null, { na: { justification: '' } })],
        [factorEntry('F', { n: 3, d: 2 })]
      )
    )
    expect(r.errors.map((e) => e.code)).toEqual([
      'invalidValue',
      'naNotAllowed',
      'naWithoutJustification',
      'factorConstraint'
    ])
    for (const e of r.errors) {
      expect(e.severity).toBe('error')
      expect(e.message['zh-CN'].length).toBeGreaterThan(0)
      expect(e.message['en-US'].length).toBeGreaterThan(0)
      expect([...e.questionIds, ...e.factorIds]).toHaveLength(1)
    }
  })

  it('a period without a valid end makes date questions unscorable, reported once', () => {
    const dated = sectionBank([
      q.date('D1', { scoring: { withinDays: 30 } }),
      q.date('D2', { scoring: { withinDays: 30 } })
    ])
    const r = scoreAssessment(
      dated,
      makeAssessment(dated, [answer('D1', '2025-01-01'), answer('D2', '2025-01-01')], [], {
        end: 'soon'
      })
    )
    expect(r.asOf).toBeNull()
    expect(r.errors.map((e) => e.code)).toEqual(['invalidPeriodEnd'])
    expect(r.questions.map((x) => x.effectiveScore)).toEqual([0, 0])
  })
})
