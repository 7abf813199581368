import type { AnswerValue } from '../assessment/assessment'
import type { ComparisonOp, LocalizedText } from '../bank/primitives'
import type { ConsistencyRule, ValueRef } from '../bank/rules'
import { assertNever } from '../util/assert-never'
import { isoDateToDayNumber } from './answer-value'
import { makeIssue, scoringText } from './issues'
import { compareWithTolerance } from './tolerance'
import type { ScoringIssue } from './types'
import {
  ANSWERED,
  compileCondition,
  type AnswerStateView,
  type CompiledCondition
} from './visibility'

/**
 * Soft warnings from the bank's consistency rules, and the hard errors raised by invalid answers.
 * Warnings never change a score; errors mark data the scorer had to ignore (treated as unanswered,
 * or the factor as N/A).
 */

/** What a rule reads for one assessment. */
export interface RuleContext {
  view: AnswerStateView
  /** Evidence references per question position. */
  evidenceCount: readonly number[]
  /** Valid factor inputs per factor position and input position; NaN when missing or invalid. */
  factorInputs: ReadonlyArray<readonly number[]>
}

/** A rule compiled once per bank; pushes its warnings (if any) for one assessment. */
export type CompiledRule = (context: RuleContext, out: ScoringIssue[]) => void

/** What compiling a rule needs to know about the bank. */
export interface RuleLookup {
  questionIndex: ReadonlyMap<string, number>
  questionTypes: readonly string[]
  questionIds: readonly string[]
  factorIndex: ReadonlyMap<string, number>
  factorInputIds: ReadonlyArray<readonly string[]>
}

type ValueReader = (context: RuleContext) => number | null

function numericAnswer(value: AnswerValue): number | null {
  if (typeof value === 'number') return value
  // Dates compare by day, so a rule can say "the last drill is after the last DR test".
  if (typeof value === 'string') return isoDateToDayNumber(value)
  return null
}

/** What a rule names that the bank lacks: a question, or an input of a factor. */
type UnknownReference = { question: string } | { factor: string; input: string }

function compileValueRef(
  ref: ValueRef,
  lookup: RuleLookup,
  unknown: (ref: UnknownReference) => void
): ValueReader {
  if ('constant' in ref) {
    const value = ref.constant
    return () => value
  }
  if ('question' in ref) {
    const i = lookup.questionIndex.get(ref.question)
    if (i === undefined) {
      unknown({ question: ref.question })
      return () => null
    }
    return ({ view }) =>
      view.visible[i] === 1 && view.state[i] === ANSWERED
        ? numericAnswer(view.values[i] as AnswerValue)
        : null
  }
  const f = lookup.factorIndex.get(ref.factor)
  const k =
    f === undefined ? -1 : (lookup.factorInputIds[f] as readonly string[]).indexOf(ref.input)
  if (f === undefined || k < 0) {
    unknown({ factor: ref.factor, input: ref.input })
    return () => null
  }
  return ({ factorInputs }) => {
    const value = (factorInputs[f] as readonly number[])[k] as number
    return Number.isNaN(value) ? null : value
  }
}

const refQuestion = (ref: ValueRef): string[] => ('question' in ref ? [ref.question] : [])
const refFactor = (ref: ValueRef): string[] => ('factor' in ref ? [ref.factor] : [])

/**
 * Compiles a consistency rule:
 * - `evidenceForHighMaturity`: one warning per visible maturity answer ≥ `minLevel` with no
 *   evidence reference;
 * - `condition`: one warning on the listed questions while the condition holds;
 * - `compare`: one warning when both sides have a value and `left op right` is false (numbers,
 *   maturity levels, percentages, dates by day, factor inputs, constants; within tolerance).
 * References to questions or factors the bank lacks are reported once, as errors, in `issues`.
 */
export function compileRule(
  rule: ConsistencyRule,
  lookup: RuleLookup,
  issues: ScoringIssue[]
): CompiledRule {
  const unknown = (ref: UnknownReference): void => {
    const message =
      'question' in ref
        ? scoringText('ruleUnknownQuestion', { rule: rule.id, question: ref.question })
        : scoringText('ruleUnknownInput', { rule: rule.id, factor: ref.factor, input: ref.input })
    issues.push(makeIssue('error', 'bankReference', { ruleId: rule.id }, message))
  }
  const warn = (questionIds: string[], factorIds: string[], message: LocalizedText): ScoringIssue =>
    makeIssue('warning', 'consistencyRule', { ruleId: rule.id, questionIds, factorIds }, message)

  switch (rule.kind) {
    case 'evidenceForHighMaturity': {
      const positions: number[] = []
      lookup.questionTypes.forEach((type, i) => {
        if (type === 'maturity') positions.push(i)
      })
      return ({ view, evidenceCount }, out) => {
        for (const i of positions) {
          if (view.visible[i] !== 1 || view.state[i] !== ANSWERED) continue
          if ((view.values[i] as number) < rule.minLevel || (evidenceCount[i] as number) > 0)
            continue
          out.push(warn([lookup.questionIds[i] as string], [], rule.message))
        }
      }
    }
    case 'condition': {
      const condition: CompiledCondition = compileCondition(
        rule.when,
        (id) => lookup.questionIndex.get(id),
        (id) => unknown({ question: id })
      )
      for (const id of rule.questions) if (!lookup.questionIndex.has(id)) unknown({ question: id })
      return ({ view }, out) => {
        if (condition(view)) out.push(warn([...rule.questions], [], rule.message))
      }
    }
    case 'compare': {
      const left = compileValueRef(rule.left, lookup, unknown)
      const right = compileValueRef(rule.right, lookup, unknown)
      const op: ComparisonOp = rule.op
      const questionIds = [...refQuestion(rule.left), ...refQuestion(rule.right)]
      const factorIds = [...new Set([...refFactor(rule.left), ...refFactor(rule.right)])]
      return (context, out) => {
        const l = left(context)
        const r = right(context)
        if (l === null || r === null || compareWithTolerance(l, op, r)) return
        out.push(warn([...questionIds], [...factorIds], rule.message))
      }
    }
    default:
      return assertNever(rule, 'consistency rule kind')
  }
}

/** A stored value that is not a valid answer: treated as unanswered. */
export function invalidValueIssue(questionId: string, problem: LocalizedText): ScoringIssue {
  return makeIssue(
    'error',
    'invalidValue',
    { questionIds: [questionId] },
    scoringText('invalidValue', { question: questionId, problem })
  )
}

/** N/A where the bank does not allow it, or without a justification: treated as unanswered. */
export function invalidNAIssue(
  questionId: string,
  code: 'naNotAllowed' | 'naWithoutJustification'
): ScoringIssue {
  return makeIssue(
    'error',
    code,
    { questionIds: [questionId] },
    scoringText(code, { question: questionId })
  )
}
