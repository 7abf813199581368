import { describe, expect, it } from 'vitest'
import type { BankInput } from './bank'
import { CONDITION_FORMS_MESSAGE } from './conditions'
import { parseBank } from './parse'
import { issuesAfter } from './test-support'
import { minimalBankInput, numberScoring } from '../testing'

const section = (b: BankInput, pi: number, si: number) => b.pillars[pi]!.sections[si]!
const question = (b: BankInput, pi: number, si: number, qi: number) =>
  section(b, pi, si).questions[qi]!
/** Paths of the fixture's questions, to keep expectations readable. */
const Q = {
  A101: 'pillars[0].sections[0].questions[0]',
  A202: 'pillars[0].sections[1].questions[1]',
  A203: 'pillars[0].sections[1].questions[2]',
  C101: 'pillars[1].sections[0].questions[0]',
  C103: 'pillars[1].sections[0].questions[2]',
  C106: 'pillars[1].sections[0].questions[5]'
}
const factor = (b: BankInput, fi: number) => b.factors![fi]!
/** The issues once factor `fi`'s formula is replaced by `formula`. */
const formulaIssues = (fi: number, formula: object) =>
  issuesAfter((b) => Object.assign(factor(b, fi), { formula }))
const profile = (b: BankInput, pi: number) => b.profiles[pi]!
const setVisibleWhen = (b: BankInput, pi: number, si: number, qi: number, when: unknown): void => {
  Object.assign(question(b, pi, si, qi), { visibleWhen: when })
}

describe('parseBank', () => {
  it('accepts the fixture bank and applies defaults', () => {
    const result = parseBank(minimalBankInput())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const a102 = result.value.pillars[0]!.sections[0]!.questions[1]!
    expect(a102.required).toBe(true)
    expect(a102.critical).toBe(false)
    expect(result.value.factors[0]!.redLines).toEqual([])
  })

  describe('shape (zod) issues have readable paths', () => {
    it('reports an option score outside 0..100', () => {
      expect(
        issuesAfter((b) => {
          Object.assign(question(b, 1, 0, 0), {
            options: [
              { id: 'a', label: { 'zh-CN': '甲', 'en-US': 'A' }, score: 120 },
              { id: 'b', label: { 'zh-CN': '乙', 'en-US': 'B' }, score: -1 }
            ]
          })
        })
      ).toEqual([
        { path: `${Q.C101}.options[0].score`, message: 'an option score is between 0 and 100' },
        { path: `${Q.C101}.options[1].score`, message: 'an option score is between 0 and 100' }
      ])
    })

    it('explains a malformed condition at its own path', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.02', equal: 'no' }))
      ).toEqual([{ path: `${Q.A203}.visibleWhen`, message: CONDITION_FORMS_MESSAGE }])
      expect(
        issuesAfter((b) =>
          setVisibleWhen(b, 0, 1, 2, {
            all: [
              { question: 'A2.02', equals: 'no' },
              { question: 'A2.02', bogus: 1 }
            ]
          })
        )
      ).toEqual([{ path: `${Q.A203}.visibleWhen.all[1]`, message: CONDITION_FORMS_MESSAGE }])
    })

    it('names an unknown question type', () => {
      const issues = issuesAfter((b) => Object.assign(question(b, 0, 0, 1), { type: 'slider' }))
      expect(issues).toHaveLength(1)
      expect(issues[0]!.path).toBe(`pillars[0].sections[0].questions[1].type`)
      expect(issues[0]!.message).toMatch(/maturity/)
    })

    it('refuses an empty translation', () => {
      expect(issuesAfter((b) => (b.title['en-US'] = ' '))).toEqual([
        { path: 'title.en-US', message: 'English text is required' }
      ])
    })
  })

  describe('duplicate ids', () => {
    it('pillars', () => {
      expect(issuesAfter((b) => (b.pillars[1]!.id = 'A'))).toContainEqual({
        path: 'pillars[1].id',
        message: 'duplicate pillar id "A" (first used at pillars[0])'
      })
    })

    it('sections, across pillars', () => {
      expect(issuesAfter((b) => (section(b, 1, 0).id = 'A2'))).toContainEqual({
        path: 'pillars[1].sections[0].id',
        message: 'duplicate section id "A2" (first used at pillars[0].sections[1])'
      })
    })

    it('questions, across the whole bank', () => {
      expect(issuesAfter((b) => (question(b, 1, 0, 0).id = 'A1.01'))).toContainEqual({
        path: `${Q.C101}.id`,
        message: `duplicate question id "A1.01" (first used at ${Q.A101})`
      })
    })

    it('factors', () => {
      expect(issuesAfter((b) => (factor(b, 1).id = 'F01'))).toContainEqual({
        path: 'factors[1].id',
        message: 'duplicate factor id "F01" (first used at factors[0])'
      })
    })

    it('inputs within a factor', () => {
      expect(issuesAfter((b) => (factor(b, 0).inputs[1]!.id = 'N_fault'))).toContainEqual({
        path: 'factors[0].inputs[1].id',
        message: 'duplicate input id "N_fault" (first used at factors[0].inputs[0])'
      })
    })

    it('options within a question', () => {
      expect(
        issuesAfter((b) => {
          const q = question(b, 1, 0, 1)
          if (q.type === 'multiChoice') q.options[1]!.id = 'infra'
        })
      ).toEqual([
        {
          path: 'pillars[1].sections[0].questions[1].options[1].id',
          message:
            'duplicate option id "infra" (first used at pillars[1].sections[0].questions[1].options[0])'
        }
      ])
    })

    it('consistency rules', () => {
      expect(issuesAfter((b) => (b.consistencyRules![1]!.id = 'R-evidence'))).toEqual([
        {
          path: 'consistencyRules[1].id',
          message: 'duplicate consistency rule id "R-evidence" (first used at consistencyRules[0])'
        }
      ])
    })

    it('red lines, across questions and factors', () => {
      expect(issuesAfter((b) => (factor(b, 1).redLines![0]!.id = 'RL-A2.02'))).toEqual([
        {
          path: 'factors[1].redLines[0].id',
          message: `duplicate red-line id "RL-A2.02" (first used at ${Q.A202}.redLine)`
        }
      ])
    })

    it('reference documents and profiles', () => {
      expect(issuesAfter((b) => b.references!.push({ ...b.references![0]! }))).toEqual([
        {
          path: 'references[1].id',
          message: 'duplicate reference document id "csrc-2023" (first used at references[0])'
        }
      ])
      expect(issuesAfter((b) => (profile(b, 1).id = 'default'))).toEqual([
        {
          path: 'profiles[1].id',
          message: 'duplicate profile id "default" (first used at profiles[0])'
        }
      ])
    })
  })

  describe('skip logic', () => {
    it('refers to an unknown question', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A9.99', equals: 'yes' }))
      ).toEqual([
        {
          path: 'pillars[0].sections[1].questions[2].visibleWhen',
          message: 'refers to unknown question "A9.99"'
        }
      ])
    })

    it('gives the path of a nested leaf', () => {
      expect(
        issuesAfter((b) =>
          setVisibleWhen(b, 0, 1, 2, {
            all: [{ question: 'A2.02', equals: 'no' }, { not: { question: 'X1', answered: true } }]
          })
        )
      ).toEqual([
        { path: `${Q.A203}.visibleWhen.all[1].not`, message: 'refers to unknown question "X1"' }
      ])
    })

    it('refers to the question itself', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.03', answered: true }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message:
            'refers to the question itself ("A2.03"); a question cannot depend on its own answer'
        }
      ])
    })

    it('forms a cycle', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 1, { question: 'A2.03', answered: true }))
      ).toEqual([
        {
          path: `${Q.A202}.visibleWhen`,
          message: 'skip logic forms a cycle: "A2.02" → "A2.03" → "A2.02"'
        }
      ])
    })

    it('forms a longer cycle through nested conditions, reported once', () => {
      const issues = issuesAfter((b) => {
        setVisibleWhen(b, 0, 0, 0, { any: [{ not: { question: 'A2.02', na: true } }] })
        setVisibleWhen(b, 0, 1, 1, { question: 'A2.03', answered: true })
        setVisibleWhen(b, 0, 1, 2, { all: [{ question: 'A1.01', gte: 2 }] })
      })
      expect(issues).toEqual([
        {
          path: `${Q.A101}.visibleWhen.any[0].not`,
          message: 'tests N/A, but question "A2.02" does not allow N/A (allowNA is false)'
        },
        {
          path: `${Q.A101}.visibleWhen`,
          message: 'skip logic forms a cycle: "A1.01" → "A2.02" → "A2.03" → "A1.01"'
        }
      ])
    })

    it('accepts a chain that is not a cycle', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 1, { question: 'A1.02', na: true }))
      ).toEqual([])
    })
  })

  describe('condition values impossible for the question type', () => {
    it('yes/partial/no answers', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.02', equals: 'maybe' }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message:
            '"maybe" is not a possible answer to yes/partial/no question "A2.02" (yes, partial, no; N/A is tested with {na: true})'
        }
      ])
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.02', equals: true }))
      ).toHaveLength(1)
    })

    it('maturity levels', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A1.01', equals: 7 }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message: '7 is not a maturity level of question "A1.01" (levels are 0..4)'
        }
      ])
      expect(issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A1.01', gte: 7 }))).toEqual(
        [
          {
            path: `${Q.A203}.visibleWhen`,
            message: 'gte 7: 7 is not a maturity level of question "A1.01" (levels are 0..4)'
          }
        ]
      )
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A1.01', in: [2, 'high'] }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen.in[1]`,
          message: '"high" is not a maturity level of question "A1.01" (levels are 0..4)'
        }
      ])
    })

    it('unknown option ids', () => {
      expect(
        issuesAfter((b) =>
          setVisibleWhen(b, 1, 0, 5, { question: 'C1.01', in: ['sameCity', 'moon'] })
        )
      ).toEqual([
        {
          path: `${Q.C106}.visibleWhen.in[1]`,
          message: '"moon" is not an option of question "C1.01" (options: none, sameCity, twoSites)'
        }
      ])
    })

    it('numeric comparisons on answers that are not numbers', () => {
      expect(issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.02', gt: 1 }))).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message: '"gt" needs a numeric answer, but "A2.02" is a yesPartialNo question'
        }
      ])
    })

    it('numbers outside the question range, percentages outside 0..100', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 1, 0, 5, { question: 'C1.03', gt: 5000 }))
      ).toEqual([
        {
          path: `${Q.C106}.visibleWhen`,
          message: 'gt 5000: 5000 is above the maximum (1440) of question "C1.03"'
        }
      ])
      expect(
        issuesAfter((b) => setVisibleWhen(b, 1, 0, 5, { question: 'C1.05', lt: 150 }))
      ).toEqual([
        {
          path: `${Q.C106}.visibleWhen`,
          message: 'lt 150: 150 is not a percentage (0..100) for question "C1.05"'
        }
      ])
    })

    it('N/A tests on a question that does not allow N/A', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'A2.02', na: true }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message: 'tests N/A, but question "A2.02" does not allow N/A (allowNA is false)'
        }
      ])
    })

    it('values on evidence and date questions', () => {
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'C1.07', equals: 'x' }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message:
            'question "C1.07" is an evidence request and has no answer value; test it with answered/unanswered'
        }
      ])
      expect(
        issuesAfter((b) => setVisibleWhen(b, 0, 1, 2, { question: 'C1.06', equals: '2025/01/01' }))
      ).toEqual([
        {
          path: `${Q.A203}.visibleWhen`,
          message: 'question "C1.06" takes a date as YYYY-MM-DD, not "2025/01/01"'
        }
      ])
    })
  })

  describe('red lines on questions', () => {
    it('values the question cannot take', () => {
      expect(
        issuesAfter((b) => (question(b, 0, 1, 1).redLine!.whenAnswerIn = ['no', 'never']))
      ).toEqual([
        {
          path: `${Q.A202}.redLine.whenAnswerIn[1]`,
          message:
            '"never" is not a possible answer to yes/partial/no question "A2.02" (yes, partial, no; N/A is tested with {na: true})'
        }
      ])
    })

    it('question types that cannot carry one', () => {
      expect(
        issuesAfter((b) =>
          Object.assign(question(b, 0, 1, 2), {
            redLine: { ...question(b, 0, 1, 1).redLine!, id: 'RL-text' }
          })
        )
      ).toEqual([
        {
          path: `${Q.A203}.redLine.whenAnswerIn`,
          message: 'a red line cannot be set on a text question'
        }
      ])
    })
  })

  describe('question details', () => {
    it('number min above max', () => {
      expect(
        issuesAfter((b) => Object.assign(question(b, 1, 0, 2), { min: 100, max: 10 }))
      ).toEqual([{ path: `${Q.C103}.min`, message: 'min (100) is greater than max (10)' }])
    })

    it('percentage targets above 100 and badly ordered scoring bands', () => {
      expect(
        issuesAfter((b) =>
          Object.assign(question(b, 1, 0, 4), {
            scoring: numberScoring('higher', 120, [
              [90, 100],
              [95, 60],
              [null, 80]
            ])
          })
        )
      ).toEqual([
        {
          path: 'pillars[1].sections[0].questions[4].scoring.target',
          message: 'a percentage target is at most 100, not 120'
        },
        {
          path: 'pillars[1].sections[0].questions[4].scoring.bands[1].threshold',
          message:
            'thresholds must fall from band to band when higher is better (95 is not below 90)'
        },
        {
          path: 'pillars[1].sections[0].questions[4].scoring.bands[2].score',
          message: 'a worse band cannot score more than a better one (80 > 60)'
        }
      ])
    })

    it('references to documents not in the catalogue', () => {
      expect(
        issuesAfter((b) => (question(b, 0, 0, 0).references = [{ document: 'jrt-0099' }]))
      ).toEqual([
        {
          path: `${Q.A101}.references[0].document`,
          message: `refers to unknown reference document "jrt-0099" (not in the bank's references)`
        }
      ])
    })
  })

  describe('factors', () => {
    it('formula inputs that do not exist', () => {
      expect(formulaIssues(0, { kind: 'ratio', numerator: 'N_x', denominator: 'N_fault' })).toEqual(
        [
          {
            path: 'factors[0].formula.numerator',
            message: 'refers to unknown input "N_x" of factor "F01"'
          }
        ]
      )
      expect(
        formulaIssues(0, {
          kind: 'minOfRatios',
          terms: [
            { numerator: 'N_mon', denominator: 'N_fault', divisor: 3 },
            { numerator: 'N_mon', denominator: 'P_bw', divisor: 2 }
          ]
        })
      ).toEqual([
        {
          path: 'factors[0].formula.terms[1].denominator',
          message: 'refers to unknown input "P_bw" of factor "F01"'
        }
      ])
    })

    it('constraint inputs that do not exist', () => {
      expect(issuesAfter((b) => (factor(b, 0).constraints![0]!.right = 'N_total'))).toEqual([
        {
          path: 'factors[0].constraints[0].right',
          message: 'refers to unknown input "N_total" of factor "F01"'
        }
      ])
    })

    it('expressions with unknown inputs', () => {
      expect(
        formulaIssues(1, { kind: 'expression', expression: 'T_total / max(count, 1)' })
      ).toEqual([
        {
          path: 'factors[1].formula.expression',
          message: 'refers to unknown input "count" of factor "F02"'
        }
      ])
    })

    it('expressions that do not parse', () => {
      expect(formulaIssues(1, { kind: 'expression', expression: 'T_total ** 2' })).toEqual([
        {
          path: 'factors[1].formula.expression',
          message: expect.stringMatching(/^does not parse: unexpected "\*".* \(at character 10\)$/)
        }
      ])
    })

    it('feeds an unknown section', () => {
      expect(issuesAfter((b) => (factor(b, 0).feeds = 'C9'))).toEqual([
        { path: 'factors[0].feeds', message: 'feeds unknown section "C9"' }
      ])
    })

    it('bands out of grade order', () => {
      expect(
        issuesAfter((b) => {
          const bands = factor(b, 0).bands
          bands[1]!.grade = 'C'
          bands[2]!.grade = 'B'
        })
      ).toEqual([
        {
          path: 'factors[0].bands[1].grade',
          message: 'expected grade "B" here; bands run A, B, C, D, E in that order'
        },
        {
          path: 'factors[0].bands[2].grade',
          message: 'expected grade "C" here; bands run A, B, C, D, E in that order'
        }
      ])
    })

    it('a last threshold that is not null, and a null before the last', () => {
      expect(issuesAfter((b) => (factor(b, 0).bands[4]!.threshold = 0.3))).toEqual([
        {
          path: 'factors[0].bands[4].threshold',
          message: 'the last band catches everything else; its threshold must be null'
        }
      ])
      expect(issuesAfter((b) => (factor(b, 0).bands[2]!.threshold = null))).toEqual([
        {
          path: 'factors[0].bands[2].threshold',
          message: 'only the last band may have a null threshold'
        }
      ])
    })

    it('thresholds that are not monotonic for the direction', () => {
      expect(issuesAfter((b) => (factor(b, 0).bands[2]!.threshold = 0.9))).toEqual([
        {
          path: 'factors[0].bands[2].threshold',
          message:
            'thresholds must fall from band to band when higher is better (0.9 is not below 0.9)'
        }
      ])
      expect(issuesAfter((b) => (factor(b, 1).bands[3]!.threshold = 20))).toEqual([
        {
          path: 'factors[1].bands[3].threshold',
          message:
            'thresholds must rise from band to band when lower is better (20 is not above 30)'
        }
      ])
    })

    it('scores that rise from a better band to a worse one', () => {
      expect(issuesAfter((b) => (factor(b, 0).bands[3]!.score = 70))).toEqual([
        {
          path: 'factors[0].bands[3].score',
          message: 'a worse band cannot score more than a better one (70 > 60)'
        }
      ])
    })

    it('percent factors written as percentages rather than fractions', () => {
      expect(issuesAfter((b) => (factor(b, 0).target = 95))).toEqual([
        {
          path: 'factors[0].target',
          message: '95 is outside 0..1; percent factors are fractions (write 0.95 for 95%)'
        }
      ])
    })
  })

  describe('consistency rules', () => {
    it('conditions and listed questions that do not exist', () => {
      expect(
        issuesAfter((b) => {
          const rule = b.consistencyRules![2]!
          if (rule.kind === 'condition') {
            rule.when = { question: 'Z1', equals: 'yes' }
            rule.questions = ['A1.01', 'Z2']
          }
        })
      ).toEqual([
        { path: 'consistencyRules[2].when', message: 'refers to unknown question "Z1"' },
        { path: 'consistencyRules[2].questions[1]', message: 'refers to unknown question "Z2"' }
      ])
    })

    it('condition values impossible for the question type', () => {
      expect(
        issuesAfter((b) => {
          const rule = b.consistencyRules![2]!
          if (rule.kind === 'condition') rule.when = { question: 'A1.01', gte: 5 }
        })
      ).toEqual([
        {
          path: 'consistencyRules[2].when',
          message: 'gte 5: 5 is not a maturity level of question "A1.01" (levels are 0..4)'
        }
      ])
    })

    it('compare rules on unknown questions, factors and inputs, or on non-numbers', () => {
      expect(
        issuesAfter((b) => {
          const rule = b.consistencyRules![1]!
          if (rule.kind === 'compare') {
            rule.left = { question: 'C9.99' }
            rule.right = { question: 'A2.03' }
          }
        })
      ).toEqual([
        {
          path: 'consistencyRules[1].left.question',
          message: 'refers to unknown question "C9.99"'
        },
        {
          path: 'consistencyRules[1].right.question',
          message: 'compares a number, but "A2.03" is a text question'
        }
      ])
      expect(
        issuesAfter((b) => {
          const rule = b.consistencyRules![3]!
          if (rule.kind === 'compare') {
            rule.left = { factor: 'F99', input: 'x' }
            rule.right = { factor: 'F02', input: 'N' }
          }
        })
      ).toEqual([
        { path: 'consistencyRules[3].left.factor', message: 'refers to unknown factor "F99"' },
        {
          path: 'consistencyRules[3].right.input',
          message: 'refers to unknown input "N" of factor "F02"'
        }
      ])
    })
  })

  describe('profiles', () => {
    it('an unknown default profile', () => {
      expect(issuesAfter((b) => (b.defaultProfileId = 'sac'))).toEqual([
        {
          path: 'defaultProfileId',
          message: 'names unknown profile "sac" (profiles: default, thirds)'
        }
      ])
    })

    it('pillar weights naming unknown pillars or missing one', () => {
      expect(issuesAfter((b) => (profile(b, 0).pillarWeights = { A: 1, B: 1 }))).toEqual([
        { path: 'profiles[0].pillarWeights.B', message: 'names unknown pillar "B"' },
        { path: 'profiles[0].pillarWeights', message: 'no weight for pillar "C"' }
      ])
    })

    it('section weights naming unknown sections or missing one', () => {
      expect(issuesAfter((b) => (profile(b, 1).sectionWeights = { A1: 1, A2: 1, C2: 1 }))).toEqual([
        { path: 'profiles[1].sectionWeights.C2', message: 'names unknown section "C2"' },
        { path: 'profiles[1].sectionWeights', message: 'no weight for section "C1"' }
      ])
      expect(issuesAfter((b) => (profile(b, 0).sectionWeights = { A1: 0, A2: 0, C1: 1 }))).toEqual([
        { path: 'profiles[0].sectionWeights', message: 'the sections of pillar "A" all weigh 0' }
      ])
    })

    it('levels that are not L0..L4 ascending from 0', () => {
      expect(issuesAfter((b) => (profile(b, 0).levels[0]!.minScore = 5))).toEqual([
        {
          path: 'profiles[0].levels[0].minScore',
          message: 'L0 must start at 0 so that every score has a level'
        }
      ])
      expect(issuesAfter((b) => (profile(b, 0).levels[3]!.minScore = 40))).toEqual([
        {
          path: 'profiles[0].levels[3].minScore',
          message: "must be above the previous level's minScore (40 is not above 40)"
        }
      ])
      expect(
        issuesAfter((b) => {
          const levels = profile(b, 0).levels
          const [l1, l2] = [levels[1]!, levels[2]!]
          levels[1] = { ...l2, minScore: 20 }
          levels[2] = { ...l1, minScore: 40 }
        })
      ).toEqual([
        {
          path: 'profiles[0].levels[1].level',
          message: 'expected level 1; levels run L0..L4 in order'
        },
        {
          path: 'profiles[0].levels[1].code',
          message: 'expected "L1"; levels run L0..L4 in order'
        },
        {
          path: 'profiles[0].levels[2].level',
          message: 'expected level 2; levels run L0..L4 in order'
        },
        { path: 'profiles[0].levels[2].code', message: 'expected "L2"; levels run L0..L4 in order' }
      ])
    })

    it('item scores that run the wrong way and a gate that changes nothing', () => {
      expect(
        issuesAfter((b) => {
          profile(b, 0).maturityScores = [0, 50, 25, 75, 100]
          profile(b, 0).yesPartialNoScores = { yes: 100, partial: 0, no: 50 }
          profile(b, 0).gates.unevidencedMaturity.scoredAsLevel = 3
        })
      ).toEqual([
        {
          path: 'profiles[0].maturityScores[2]',
          message: 'a higher level cannot score less (25 < 50)'
        },
        {
          path: 'profiles[0].yesPartialNoScores',
          message: 'scores must satisfy yes ≥ partial ≥ no'
        },
        {
          path: 'profiles[0].gates.unevidencedMaturity.scoredAsLevel',
          message: 'must be below minLevel (3), or the gate changes nothing'
        }
      ])
    })
  })
})
