import type { FactorEntry } from '../assessment/assessment'
import type { EvaluationFactor, FactorBand } from '../bank/factor'
import { assertNever } from '../util/assert-never'
import { bandIndexFor } from './bands'
import { compileFormula, type CompiledFormula } from './formula'
import { localized, makeIssue } from './issues'
import { compareWithTolerance } from './tolerance'
import type { FactorResult, FactorStatus, RedLineCheck, ScoringIssue } from './types'

/** A factor prepared once per bank. */
export interface FactorPlan {
  factor: EvaluationFactor
  sectionId: string | null
  pillarId: string | null
  inputIds: string[]
  formula: CompiledFormula | null
  formulaError: string | null
  /** Entry checks over input positions (checks naming unknown inputs are dropped at plan time). */
  constraints: Array<{ left: number; op: 'lte' | 'lt' | 'gte' | 'gt'; right: number }>
}

/**
 * Prepares a factor: compiles its formula and resolves its constraints to input positions.
 * Problems in the bank (an unknown input in a formula or constraint) are reported through
 * `issues` and make the factor N/A rather than failing the whole assessment.
 */
export function compileFactor(
  factor: EvaluationFactor,
  section: { sectionId: string; pillarId: string } | undefined,
  issues: ScoringIssue[]
): FactorPlan {
  const inputIds = factor.inputs.map((input) => input.id)
  const compiled = compileFormula(factor.formula, inputIds)
  if (!compiled.ok) {
    issues.push(
      makeIssue(
        'error',
        'formulaError',
        { factorIds: [factor.id] },
        localized(
          `要素 ${factor.id} 的公式无法计算：${compiled.message}`,
          `Factor ${factor.id}: ${compiled.message}`
        )
      )
    )
  }
  const constraints: FactorPlan['constraints'] = []
  for (const c of factor.constraints) {
    const left = inputIds.indexOf(c.left)
    const right = inputIds.indexOf(c.right)
    if (left < 0 || right < 0) {
      issues.push(
        makeIssue(
          'error',
          'bankReference',
          { factorIds: [factor.id] },
          localized(
            `要素 ${factor.id} 的校验规则引用了不存在的输入项`,
            `Factor ${factor.id}: an entry check names an input the factor does not have`
          )
        )
      )
      continue
    }
    constraints.push({ left, op: c.op, right })
  }
  if (section === undefined) {
    issues.push(
      makeIssue(
        'error',
        'bankReference',
        { factorIds: [factor.id] },
        localized(
          `要素 ${factor.id} 对应的章节 ${factor.feeds} 不存在`,
          `Factor ${factor.id} feeds ${factor.feeds}, which is not a section of the bank`
        )
      )
    )
  }
  return {
    factor,
    sectionId: section?.sectionId ?? null,
    pillarId: section?.pillarId ?? null,
    inputIds,
    formula: compiled.ok ? compiled.formula : null,
    formulaError: compiled.ok ? null : compiled.message,
    constraints
  }
}

/**
 * Factor score in linear mode: interpolated between the E floor and the A target.
 *
 * The floor is the D band's threshold (below it a value is in band E) and scores the E band's
 * score; the top is the A band's threshold and scores the A band's score; in between the score
 * is linear in the value, and it is clamped to [E score, A score] outside. With the default
 * bands (A 100 … E 20) a factor therefore scores 20..100 — the same range as in band mode, so a
 * profile can switch modes without moving the factor index's scale. Values within the tolerance
 * of a threshold count as on it. If the bands lack either threshold or they coincide, linear
 * mode cannot interpolate and the band score is used.
 */
export function linearFactorScore(
  bands: readonly FactorBand[],
  direction: 'higher' | 'lower',
  value: number
): number {
  const top = bands[0]
  const d = bands[3]
  const e = bands[bands.length - 1]
  const bandScore = (bands[bandIndexFor(bands, value, direction)] as FactorBand).score
  if (top === undefined || d === undefined || e === undefined) return bandScore
  const topAt = top.threshold
  const floorAt = d.threshold
  if (topAt === null || floorAt === null || Math.abs(topAt - floorAt) <= 1e-12) return bandScore
  const meetsTop = compareWithTolerance(value, direction === 'higher' ? 'gte' : 'lte', topAt)
  if (meetsTop) return top.score
  const aboveFloor = compareWithTolerance(value, direction === 'higher' ? 'gt' : 'lt', floorAt)
  if (!aboveFloor) return e.score
  const t = (value - floorAt) / (topAt - floorAt)
  return e.score + Math.min(1, Math.max(0, t)) * (top.score - e.score)
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

function hasUnknownKeys(values: Record<string, unknown>, inputIds: readonly string[]): boolean {
  for (const key in values) if (!inputIds.includes(key)) return true
  return false
}

function readsMissing(reads: readonly number[], values: readonly number[]): boolean {
  for (const i of reads) if (Number.isNaN(values[i] as number)) return true
  return false
}

const OP_TEXT = { lte: '≤', lt: '<', gte: '≥', gt: '>' } as const

/**
 * Evaluates one factor for one assessment: validates its inputs, runs its entry checks, computes
 * its value, band, score (bands or linear), pass/fail against the target and red lines.
 * Any invalid input, failed check, missing input or undefined value makes the factor N/A
 * (value and score null); invalid inputs and failed checks are also reported as errors.
 */
export function evaluateFactor(
  plan: FactorPlan,
  entry: FactorEntry | undefined,
  mode: 'bands' | 'linear',
  errors: ScoringIssue[],
  warnings: ScoringIssue[]
): FactorResult {
  const { factor } = plan
  if (entry !== undefined && hasUnknownKeys(entry.values, plan.inputIds)) {
    for (const key in entry.values) {
      if (plan.inputIds.includes(key)) continue
      warnings.push(
        makeIssue(
          'warning',
          'unknownFactorInput',
          { factorIds: [factor.id], inputId: key },
          localized(
            `要素 ${factor.id} 没有输入项 ${key}，该值未参与计算`,
            `Factor ${factor.id} has no input ${key}; the value is ignored`
          )
        )
      )
    }
  }
  const n = plan.inputIds.length
  const values: number[] = new Array<number>(n)
  const inputs: Record<string, number | null> = {}
  let complete = true
  let invalid = false
  for (let i = 0; i < n; i++) {
    const input = factor.inputs[i] as EvaluationFactor['inputs'][number]
    const raw: unknown = entry === undefined ? undefined : entry.values[input.id]
    if (raw == null) {
      values[i] = Number.NaN
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
          { factorIds: [factor.id], inputId: input.id },
          localized(
            `要素 ${factor.id} 的输入项 ${input.id} ${problem.zh}`,
            `Factor ${factor.id}, input ${input.id} ${problem.en}`
          )
        )
      )
      values[i] = Number.NaN
      inputs[input.id] = null
      complete = false
      invalid = true
      continue
    }
    values[i] = raw as number
    inputs[input.id] = raw as number
  }

  let constraintViolated = false
  for (const c of plan.constraints) {
    const left = values[c.left] as number
    const right = values[c.right] as number
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
          { factorIds: [factor.id], inputId: leftId },
          localized(
            `要素 ${factor.id}：须满足 ${leftId} ${OP_TEXT[c.op]} ${rightId}（当前 ${left} 与 ${right}）`,
            `Factor ${factor.id}: ${leftId} ${OP_TEXT[c.op]} ${rightId} must hold (entered ${left} and ${right})`
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
  else if (readsMissing(plan.formula.reads, values)) status = 'missingInputs'
  else {
    const computed = plan.formula.evaluate(values)
    value = computed.value
    terms = computed.terms
    if (value === null) status = 'undefined'
  }

  let band: FactorResult['band'] = null
  let bandScore: number | null = null
  let score: number | null = null
  let pass: boolean | null = null
  if (value !== null) {
    const matched = factor.bands[bandIndexFor(factor.bands, value, factor.direction)] as FactorBand
    band = matched.grade
    bandScore = matched.score
    score = mode === 'bands' ? bandScore : linearFactorScore(factor.bands, factor.direction, value)
    pass = compareWithTolerance(value, factor.direction === 'higher' ? 'gte' : 'lte', factor.target)
  }

  const redLines: RedLineCheck[] = []
  const redLinesBreached: string[] = []
  for (const line of factor.redLines) {
    const breached = value !== null && compareWithTolerance(value, line.op, line.value)
    if (breached) redLinesBreached.push(line.id)
    redLines.push({
      id: line.id,
      op: line.op,
      value: line.value,
      status: value === null ? 'notEvaluated' : breached ? 'breached' : 'clear',
      message: line.message
    })
  }

  return {
    id: factor.id,
    sectionId: plan.sectionId,
    pillarId: plan.pillarId,
    inputs,
    complete,
    status,
    value,
    terms,
    band,
    bandScore,
    score,
    scoring: mode,
    direction: factor.direction,
    target: factor.target,
    pass,
    redLines,
    redLinesBreached
  }
}
