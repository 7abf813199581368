import type { EvaluationFactor } from '../bank/factor'
import { assertNever } from '../util/assert-never'
import type { CompiledFormula } from './formula'
import { localized, makeIssue } from './issues'
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

const INPUT_NOT_NUMBER = localized('须为有限数值', 'must be a finite number')

function inputProblem(
  input: EvaluationFactor['inputs'][number],
  value: number
): { zh: string; en: string } | null {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { zh: INPUT_NOT_NUMBER['zh-CN'], en: INPUT_NOT_NUMBER['en-US'] }
  if (input.integer && !Number.isInteger(value))
    return { zh: '须为整数', en: 'must be a whole number' }
  if (value < input.min) return { zh: `不得小于 ${input.min}`, en: `must be at least ${input.min}` }
  if (input.max !== undefined && value > input.max)
    return { zh: `不得大于 ${input.max}`, en: `must be at most ${input.max}` }
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
        localized(
          `要素 ${owner.zh} 没有输入项 ${key}，该值未参与计算`,
          `Factor ${owner.en} has no input ${key}; the value is ignored`
        )
      )
    )
  }
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
          localized(
            `要素 ${owner.zh} 的输入项 ${input.id} ${problem.zh}`,
            `Factor ${owner.en}, input ${input.id} ${problem.en}`
          )
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

  let constraintViolated = false
  for (const c of plan.constraints) {
    const left = numbers[c.left] as number
    const right = numbers[c.right] as number
    if (Number.isNaN(left) || Number.isNaN(right)) continue
    // Exact, like the entry form and validateAssessmentAgainstBank: inputs are entered numbers,
    // not computed ones, so there is no floating-point noise to forgive.
    if (!holdsExactly(left, c.op, right)) {
      constraintViolated = true
      const leftId = plan.inputIds[c.left] as string
      const rightId = plan.inputIds[c.right] as string
      errors.push(
        makeIssue(
          'error',
          'factorConstraint',
          { factorIds: [factor.id], inputId: leftId, systemId: owner.systemId },
          localized(
            `要素 ${owner.zh}：须满足 ${leftId} ${OP_TEXT[c.op]} ${rightId}（当前 ${left} 与 ${right}）`,
            `Factor ${owner.en}: ${leftId} ${OP_TEXT[c.op]} ${rightId} must hold (entered ${left} and ${right})`
          )
        )
      )
    }
  }

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
