import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Answer, FactorEntry, KeySystem } from '../assessment/assessment'
import { loadBank } from '../bank'
import type { Bank } from '../bank/bank'
import type { EvaluationFactor } from '../bank/factor'
import type { Question } from '../bank/question'
import { scoreAssessment } from './score'
import type { ScorableAssessment } from './score'

/**
 * The shipped default banks (1.0.0 and 1.1.0), scored at both extremes: nothing answered, and
 * every answer at its best with every factor in its A band.
 */

const FILES = ['sac-stability-2025.json', 'sac-stability-2025-1.1.0.json'].map((name) =>
  resolve(import.meta.dirname, '../../resources/banks', name)
)

/** Key systems of the maxed assessment: one real-time, one not. */
const SYSTEMS: KeySystem[] = [
  { id: 'sys-1', name: '集中交易系统', class: 4, realTime: true },
  { id: 'sys-2', name: '清算系统', class: 3, realTime: false }
]

function load(file: string): Bank {
  const loaded = loadBank(JSON.parse(readFileSync(file, 'utf8')))
  if (!loaded.ok)
    throw new Error(`default bank does not load: ${JSON.stringify(loaded.issues.slice(0, 5))}`)
  return loaded.value.bank
}

const PERIOD_END = '2025-12-31'

function assessmentOf(bank: Bank, answers: Answer[], factors: FactorEntry[]): ScorableAssessment {
  const profile = bank.profiles.find((p) => p.id === bank.defaultProfileId)
  if (profile === undefined) throw new Error('no default profile')
  return {
    answers,
    factors,
    profile,
    metadata: {
      institution: '测试证券',
      systems: SYSTEMS,
      period: { start: '2025-01-01', end: PERIOD_END },
      assessors: []
    }
  }
}

/** The best answer a question allows, with one evidence reference (so no gate lowers it). */
function bestAnswer(question: Question): Answer {
  const evidence: Answer['evidence'] = [{ kind: 'reference', id: 'ev1', name: '证据' }]
  const make = (value: Answer['value']): Answer => ({
    questionId: question.id,
    value,
    evidence,
    flagged: false,
    carriedOver: false
  })
  switch (question.type) {
    case 'maturity':
      return make(4)
    case 'yesPartialNo':
      return make('yes')
    case 'singleChoice':
      return make([...question.options].sort((a, b) => b.score - a.score)[0]?.id ?? null)
    case 'multiChoice':
      return make(question.options.filter((o) => o.exclusive !== true).map((o) => o.id))
    case 'number': {
      const scoring = question.scoring
      if (scoring === undefined) return make(question.min ?? 0)
      if (scoring.direction === 'lower') return make(question.min ?? 0)
      const first = scoring.bands?.[0]?.threshold ?? null
      return make(Math.max(scoring.target, first ?? scoring.target))
    }
    case 'percentage':
      return make(question.scoring?.direction === 'lower' ? 0 : 100)
    case 'date':
      return make(PERIOD_END)
    case 'text':
      return make('见附件')
    case 'evidence':
      return make(null)
  }
}

/**
 * Inputs that put a factor in its best band: full ratios (numerator = denominator), no downtime
 * or failures, zero minutes to restore, capacity at twice the required multiple.
 */
function bestInputs(factor: EvaluationFactor): Record<string, number> {
  const values: Record<string, number> = Object.fromEntries(factor.inputs.map((i) => [i.id, 100]))
  const higher = factor.direction === 'higher'
  const formula = factor.formula
  switch (formula.kind) {
    case 'ratio':
      values[formula.numerator] = higher ? 100 : 0
      break
    case 'complementRatio':
      values[formula.part] = higher ? 0 : 100
      break
    case 'meanDuration':
      values[formula.total] = higher ? 100_000 : 0
      break
    case 'meanOfRatios':
    case 'minOfRatios':
      for (const term of formula.terms) {
        values[term.denominator] = 100
        values[term.numerator] = term.divisor === undefined ? 100 : 100 * term.divisor * 2
      }
      break
    case 'expression':
      // A count that is best at 0 (F17: incidents graded larger or above, none unreported).
      for (const input of factor.inputs) values[input.id] = 0
      break
  }
  return values
}

/** The best entry of a factor: its best inputs, once or for every system it is entered for. */
function bestEntry(factor: EvaluationFactor): FactorEntry {
  if (factor.perSystem === undefined)
    return { factorId: factor.id, values: bestInputs(factor), evidence: [] }
  return {
    factorId: factor.id,
    values: {},
    bySystem: Object.fromEntries(SYSTEMS.map((system) => [system.id, bestInputs(factor)])),
    evidence: []
  }
}

describe.each(FILES.filter((file) => existsSync(file)))('default bank %s', (file) => {
  it('an empty assessment scores 0 everywhere, completion 0', () => {
    const bank = load(file)
    const result = scoreAssessment(bank, assessmentOf(bank, [], []))
    expect(result.errors).toEqual([])
    expect(result.sections.map((s) => s.combinedScore)).toEqual(result.sections.map(() => 0))
    expect(result.pillars.map((p) => p.score)).toEqual(result.pillars.map(() => 0))
    expect(result.overall).toMatchObject({ score: 0, rawLevel: 0, level: 0 })
    expect(result.factorIndex).toBeNull()
    expect(result.completion.questions.percent).toBe(0)
    expect(result.completion.factors.percent).toBe(0)
    expect(result.completion.combined.percent).toBe(0)
  })

  it('a fully maxed assessment scores 100 and L4, with nothing left to do', () => {
    const bank = load(file)
    const questions = bank.pillars.flatMap((p) => p.sections.flatMap((s) => s.questions))
    const result = scoreAssessment(
      bank,
      assessmentOf(bank, questions.map(bestAnswer), bank.factors.map(bestEntry))
    )
    expect(result.errors).toEqual([])
    expect(
      result.questions.filter((q) => q.effectiveScore !== null && q.effectiveScore < 100)
    ).toEqual([])
    expect(result.factors.map((f) => [f.id, f.band, f.score, f.pass])).toEqual(
      bank.factors.map((f) => [f.id, 'A', 100, true])
    )
    expect(result.sections.map((s) => [s.id, s.combinedScore, s.level])).toEqual(
      result.sections.map((s) => [s.id, 100, 4])
    )
    expect(result.overall).toMatchObject({
      score: 100,
      rawLevel: 4,
      level: 4,
      gates: [],
      redLineBreaches: []
    })
    expect(result.factorIndex).toBe(100)
    expect(result.completion.combined.percent).toBe(100)
    expect(result.findings).toEqual([])
  })
})
