import type { EvaluationFactor } from '../bank/factor'
import { assertNever } from '../util/assert-never'
import type { CompiledFormula } from './formula'
import type { LocalizedText } from '../bank/primitives'
import { makeIssue, scoringText } from './issues'
import type { FactorStatus, ScoringIssue } from './types'

/** What one set of inputs (the firm's, or one key system's) of a factor needs from its plan. */
export interface FactorInputsPlan {
  factor: EvaluationFactor
  inputIds: string[]
  formula: CompiledFormula | null
  /** Entry checks over input positions. */
  constraints: Array<{ left: number; op: 'lte' | 'lt' | 'gte' | 'gt'; right: number }>
}

/** One set of inputs, checked and computed. */
export interface FactorInputsValue {
  /** Every declared input: the valid entered number, or null when missing or invalid. */
  inputs: Record<string, number | null>
  /** The valid entered numbers by input position (NaN where missing or invalid). */
  numbers: number[]
  complete: boolean
  status: FactorStatus
  value: number | null
  terms: Array<number | null> | null
}

type InputProblem = 'inputNotFinite' | 'inputNotWhole' | 'inputBelowMin' | 'inputAboveMax'

function inputProblem(
  input: EvaluationFactor['inputs'][number],
  value: number
): { code: InputProblem; params?: { min?: number; max?: number } } | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'inputNotFinite' }
  if (input.integer && !Number.isInteger(value)) return { code: 'inputNotWhole' }
  if (value < input.min) return { code: 'inputBelowMin', params: { min: input.min } }
  if (input.max !== undefined && value > input.max)
    return { code: 'inputAboveMax', params: { max: input.max } }
  return null
}

function holdsExactly(left: number, op: 'lte' | 'lt' | 'gte' | 'gt', right: number): boolean {
  switch (op) {
    case 'lte':
      return left <= right
    case 'lt':
      return left < right
    case 'gte':
      return left >= right
    case 'gt':
      return left > right
    default:
      return assertNever(op, 'constraint operator')
  }
}

function readsMissing(reads: readonly number[], values: readonly number[]): boolean {
  for (const i of reads) if (Number.isNaN(values[i] as number)) return true
  return false
}

const OP_TEXT = { lte: '≤', lt: '<', gte: '≥', gt: '>' } as const

/** The factor (or factor and system) a problem names, in each language. */
const ownerText = (owner: { zh: string; en: string }): LocalizedText => ({
  'zh-CN': owner.zh,
  'en-US': owner.en
})

/** Warns about entered keys the factor has no input for; they are ignored. */
export function warnUnknownInputs(
  plan: FactorInputsPlan,
  entered: Record<string, unknown> | undefined,
  owner: { zh: string; en: string; systemId?: string },
  warnings: ScoringIssue[]
): void {
  if (entered === undefined) return
  for (const key in entered) {
    if (plan.inputIds.includes(key)) continue
    warnings.push(
      makeIssue(
        'warning',
        'unknownFactorInput',
        { factorIds: [plan.factor.id], inputId: key, systemId: owner.systemId },
        scoringText('unknownFactorInput', { owner: ownerText(owner), input: key })
      )
    )
  }
}

/** Runs the entry checks over the valid numbers; reports each failed one. True when one failed. */
function checkConstraints(
  plan: FactorInputsPlan,
  numbers: readonly number[],
  owner: { zh: string; en: string; systemId?: string },
  errors: ScoringIssue[]
): boolean {
  let violated = false
  for (const c of plan.constraints) {
    const left = numbers[c.left] as number
    const right = numbers[c.right] as number
    if (Number.isNaN(left) || Number.isNaN(right)) continue
    // Exact, like the entry form and validateAssessmentAgainstBank: inputs are entered numbers,
    // not computed ones, so there is no floating-point noise to forgive.
    if (!holdsExactly(left, c.op, right)) {
      violated = true
      const leftId = plan.inputIds[c.left] as string
      const rightId = plan.inputIds[c.right] as string
      errors.push(
        makeIssue(
          'error',
          'factorConstraint',
          { factorIds: [plan.factor.id], inputId: leftId, systemId: owner.systemId },
          scoringText('factorConstraint', {
            owner: ownerText(owner),
            left: leftId,
            op: OP_TEXT[c.op],
            right: rightId,
            leftValue: left,
            rightValue: right
          })
        )
      )
    }
  }
  return violated
}

/**
 * Validates one set of inputs, runs the entry checks and computes the value. Any invalid input,
 * failed check, missing input or undefined value leaves the value null (N/A); invalid inputs and
 * failed checks are reported as errors naming `owner` (the factor, or the factor and a system).
 */
export function evaluateFactorInputs(
  plan: FactorInputsPlan,
  entered: Record<string, number | null> | undefined,
  owner: { zh: string; en: string; systemId?: string },
  errors: ScoringIssue[]
): FactorInputsValue {
  const { factor } = plan
  const n = plan.inputIds.length
  const numbers: number[] = new Array<number>(n)
  const inputs: Record<string, number | null> = {}
  let complete = true
  let invalid = false
  for (let i = 0; i < n; i++) {
    const input = factor.inputs[i] as EvaluationFactor['inputs'][number]
    const raw: unknown = entered === undefined ? undefined : entered[input.id]
    if (raw == null) {
      numbers[i] = Number.NaN
      inputs[input.id] = null
      complete = false
      continue
    }
    const problem = inputProblem(input, raw as number)
    if (problem !== null) {
      errors.push(
        makeIssue(
          'error',
          'invalidFactorInput',
          { factorIds: [factor.id], inputId: input.id, systemId: owner.systemId },
          scoringText(problem.code, {
            ...problem.params,
            owner: ownerText(owner),
            input: input.id
          })
        )
      )
      numbers[i] = Number.NaN
      inputs[input.id] = null
      complete = false
      invalid = true
      continue
    }
    numbers[i] = raw as number
    inputs[input.id] = raw as number
  }

  const constraintViolated = checkConstraints(plan, numbers, owner, errors)

  let status: FactorStatus = 'ok'
  let value: number | null = null
  let terms: Array<number | null> | null = null
  if (plan.formula === null) status = 'formulaError'
  else if (invalid) status = 'invalidInputs'
  else if (constraintViolated) status = 'constraintViolated'
  else if (readsMissing(plan.formula.reads, numbers)) status = 'missingInputs'
  else {
    const computed = plan.formula.evaluate(numbers)
    value = computed.value
    terms = computed.terms
    if (value === null) status = 'undefined'
  }
  return { inputs, numbers, complete, status, value, terms }
}
