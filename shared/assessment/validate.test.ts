import { describe, expect, it } from 'vitest'
import { bankContentHash } from '../bank'
import type { Assessment } from './assessment'
import { miniAssessment, miniBank } from '../testing'
import { validateAssessmentAgainstBank } from './validate'

const hash = bankContentHash(miniBank)
const base = (): Assessment => miniAssessment(hash)
const issues = (change: (a: Assessment) => void): Array<{ path: string; message: string }> => {
  const a = base()
  change(a)
  // Path and English message; the codes behind them are checked in util/issue-codes.test.ts.
  return validateAssessmentAgainstBank(a, miniBank).map(({ path, message }) => ({ path, message }))
}
const answer = (a: Assessment, questionId: string) =>
  a.answers.find((x) => x.questionId === questionId)!
const indexOf = (questionId: string): number =>
  base().answers.findIndex((x) => x.questionId === questionId)

describe('validateAssessmentAgainstBank', () => {
  it('accepts an assessment that fits its bank', () => {
    expect(validateAssessmentAgainstBank(base(), miniBank)).toEqual([])
  })

  it('reports a bank id, version or content mismatch', () => {
    expect(issues((a) => (a.bank.id = 'other'))).toEqual([
      {
        path: 'assessment.bank.id',
        message: 'the assessment was made for bank "other", not "mini"'
      }
    ])
    expect(issues((a) => (a.bank.version = '0.9.0'))[0]!.path).toBe('assessment.bank.version')
    expect(issues((a) => (a.bank.contentHash = 'f'.repeat(64)))).toEqual([
      {
        path: 'assessment.bank.contentHash',
        message: expect.stringContaining('has different content')
      }
    ])
  })

  it('reports unknown questions and duplicate answers', () => {
    expect(
      issues((a) =>
        a.answers.push({
          questionId: 'Z9.99',
          value: 1,
          evidence: [],
          flagged: false,
          carriedOver: false
        })
      )
    ).toEqual([
      {
        path: 'assessment.answers[10].questionId',
        message: 'Z9.99: no such question in bank mini 1.0.0'
      }
    ])
    expect(issues((a) => a.answers.push({ ...answer(a, 'A1.01'), value: 2 }))).toEqual([
      {
        path: 'assessment.answers[10].questionId',
        message: 'A1.01: answered twice (first at assessment.answers[0])'
      }
    ])
  })

  it.each([
    ['A1.01', 5, 'a maturity level must be a whole number from 0 to 4, got 5'],
    ['A1.01', 2.5, 'a maturity level must be a whole number from 0 to 4, got 2.5'],
    ['A1.01', 'yes', 'a maturity level must be a whole number from 0 to 4, got "yes"'],
    ['A1.02', 'maybe', 'the answer must be "yes", "partial" or "no", got "maybe"'],
    ['A1.03', 'c', '"c" is not an option (options: a, b)'],
    ['A1.03', ['a'], 'the answer must be one option id, got ["a"]'],
    ['A1.04', ['x', 'q'], '"q" not an option (options: x, y, none)'],
    ['A1.04', ['x', 'x'], 'an option is chosen more than once'],
    [
      'A1.04',
      ['none', 'x'],
      '"none" excludes every other option but is chosen together with others'
    ],
    ['A1.04', 'x', 'the answer must be a list of option ids, got "x"'],
    ['A1.05', 4.5, 'the answer must be a whole number, got 4.5'],
    ['A1.05', -1, '-1 is below the minimum 0'],
    ['A1.05', 1001, '1001 is above the maximum 1000'],
    ['A1.06', 120, 'a percentage must lie between 0 and 100, got 120'],
    ['A1.07', '2025-02-30', 'the answer must be a real date as YYYY-MM-DD, got "2025-02-30"'],
    ['A1.07', '31/03/2025', 'the answer must be a real date as YYYY-MM-DD, got "31/03/2025"'],
    ['A1.08', 7, 'the answer must be a text, got 7'],
    [
      'A1.09',
      'see file',
      'an evidence question is answered with evidence references only; its value must be null, got "see file"'
    ]
  ] as const)('reports a wrong value for %s: %j', (questionId, value, message) => {
    const found = issues((a) => {
      const target = answer(a, questionId)
      delete target.na
      target.value = value as Assessment['answers'][number]['value']
    })
    expect(found).toEqual([
      {
        path: `assessment.answers[${indexOf(questionId)}].value`,
        message: `${questionId}: ${message}`
      }
    ])
  })

  it('reports N/A where not allowed, without justification, or with a value', () => {
    expect(issues((a) => (answer(a, 'A1.01').na = { justification: '不适用' }))).toEqual([
      { path: 'assessment.answers[0].na', message: 'A1.01: this question does not allow N/A' },
      {
        path: 'assessment.answers[0].value',
        message: 'A1.01: an N/A answer has no value (found 3)'
      }
    ])
    expect(issues((a) => (answer(a, 'A1.02').na = { justification: ' ' }))).toEqual([
      {
        path: 'assessment.answers[1].na.justification',
        message: 'A1.02: an N/A answer needs a justification'
      }
    ])
  })

  it('reports factor entries for unknown factors and inputs, duplicates, negatives, fractions and constraints', () => {
    expect(issues((a) => a.factors.push({ factorId: 'F99', values: {}, evidence: [] }))).toEqual([
      { path: 'assessment.factors[1].factorId', message: 'F99: no such factor in bank mini 1.0.0' }
    ])
    expect(issues((a) => a.factors.push({ factorId: 'F01', values: {}, evidence: [] }))).toEqual([
      {
        path: 'assessment.factors[1].factorId',
        message: 'F01: entered twice (first at assessment.factors[0])'
      }
    ])
    expect(issues((a) => (a.factors[0]!.values = { N_fault: 42, N_mon: 38, N_user: 4 }))).toEqual([
      {
        path: 'assessment.factors[0].values.N_user',
        message: 'F01: "N_user" is not an input of this factor (inputs: N_fault, N_mon)'
      }
    ])
    expect(issues((a) => (a.factors[0]!.values = { N_fault: -2, N_mon: null }))).toEqual([
      {
        path: 'assessment.factors[0].values.N_fault',
        message: 'F01.N_fault: -2 is below the minimum 0 (no negative values)'
      }
    ])
    expect(issues((a) => (a.factors[0]!.values = { N_fault: 42.5, N_mon: 38 }))).toEqual([
      {
        path: 'assessment.factors[0].values.N_fault',
        message: 'F01.N_fault: must be a whole number (a count), got 42.5'
      }
    ])
    expect(issues((a) => (a.factors[0]!.values = { N_fault: 38, N_mon: 42 }))).toEqual([
      {
        path: 'assessment.factors[0].values.N_mon',
        message: 'F01: N_mon (42) must be ≤ N_fault (38)'
      }
    ])
  })

  it('checks per-system inputs: per key system, systems of this assessment, each within limits', () => {
    const bank = structuredClone(miniBank)
    bank.factors[0]!.perSystem = { systems: 'all', combine: 'min' }
    const check = (change: (a: Assessment) => void) => {
      const a = miniAssessment(bankContentHash(bank))
      a.factors[0] = {
        factorId: 'F01',
        values: {},
        bySystem: { 'sys-1': { N_fault: 4, N_mon: 3 }, 'sys-2': { N_fault: 2, N_mon: null } },
        evidence: []
      }
      change(a)
      return validateAssessmentAgainstBank(a, bank).map(({ path, message }) => ({ path, message }))
    }
    expect(check(() => {})).toEqual([])
    expect(
      check((a) => {
        a.factors[0]!.values = { N_fault: 6 }
        a.factors[0]!.bySystem!['sys-9'] = { N_fault: 1 }
        a.factors[0]!.bySystem!['sys-2'] = { N_fault: 2, N_mon: 5 }
      })
    ).toEqual([
      {
        path: 'assessment.factors[0].values',
        message:
          'F01: this factor is entered per key system; its inputs belong in bySystem, not in values'
      },
      {
        path: 'assessment.factors[0].bySystem.sys-2.N_mon',
        message: 'F01[sys-2]: N_mon (5) must be ≤ N_fault (2)'
      },
      {
        path: 'assessment.factors[0].bySystem.sys-9',
        message: 'F01: "sys-9" is not a key system of this assessment (systems: sys-1, sys-2)'
      }
    ])
    expect(issues((a) => (a.factors[0]!.bySystem = { 'sys-1': { N_fault: 1, N_mon: 1 } }))).toEqual(
      [
        {
          path: 'assessment.factors[0].bySystem',
          message: 'F01: this factor is entered once for the firm, not per key system'
        }
      ]
    )
  })

  it('reports findings for unknown ids and duplicate finding records', () => {
    expect(issues((a) => a.findings.push({ findingId: 'q:B1.01', status: 'open' }))).toEqual([
      {
        path: 'assessment.findings[1].findingId',
        message: 'q:B1.01: no such question "B1.01" in bank mini 1.0.0'
      }
    ])
    expect(
      issues((a) => a.findings.push({ findingId: 'f:F10', status: 'open' }))[0]!.message
    ).toContain('no such factor "F10"')
    expect(issues((a) => a.findings.push({ findingId: 'q:C3.01', status: 'done' }))).toEqual([
      {
        path: 'assessment.findings[1].findingId',
        message: 'q:C3.01: recorded twice (first at assessment.findings[0])'
      }
    ])
  })

  it('reports an evidence id used twice within one answer', () => {
    expect(
      issues((a) =>
        answer(a, 'A1.01').evidence.push({ kind: 'reference', id: 'ev-1', name: '另一文件' })
      )
    ).toEqual([
      {
        path: 'assessment.answers[0].evidence[1].id',
        message: 'A1.01: evidence id "ev-1" is used twice'
      }
    ])
  })
})
