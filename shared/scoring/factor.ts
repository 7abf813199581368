import type { FactorEntry, KeySystem } from '../assessment/assessment'
import type { EvaluationFactor, FactorBand } from '../bank/factor'
import { bandIndexFor } from './bands'
import { evaluateFactorInputs, warnUnknownInputs, type FactorInputsPlan } from './factor-inputs'
import { evaluatePerSystem } from './factor-systems'
import { compileFormula } from './formula'
import { bankReferenceIssue, makeIssue, scoringText } from './issues'
import { compareWithTolerance } from './tolerance'
import type { FactorResult, FactorStatus, RedLineCheck, SampleCount, ScoringIssue } from './types'

/**
 * A factor prepared once per bank (its constraints over input positions; checks naming unknown
 * inputs are dropped at plan time).
 */
export interface FactorPlan extends FactorInputsPlan {
  sectionId: string | null
  pillarId: string | null
  formulaError: string | null
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
        scoringText('formulaError', { factor: factor.id, problem: compiled.message })
      )
    )
  }
  const constraints: FactorPlan['constraints'] = []
  for (const c of factor.constraints) {
    const left = inputIds.indexOf(c.left)
    const right = inputIds.indexOf(c.right)
    if (left < 0 || right < 0) {
      issues.push(
        bankReferenceIssue({ factorIds: [factor.id] }, 'checkUnknownInput', { factor: factor.id })
      )
      continue
    }
    constraints.push({ left, op: c.op, right })
  }
  if (section === undefined) {
    issues.push(
      bankReferenceIssue({ factorIds: [factor.id] }, 'feedsUnknownSection', {
        factor: factor.id,
        section: factor.feeds
      })
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

/** Evaluates one factor for one assessment; see {@link evaluateFactor}. */
export interface FactorContext {
  entry: FactorEntry | undefined
  systems: readonly KeySystem[]
  mode: 'bands' | 'linear'
  errors: ScoringIssue[]
  warnings: ScoringIssue[]
}

/** "n of N" of a ratio factor with a value, read against its small-sample rule. */
function sampleCount(
  factor: EvaluationFactor,
  inputIds: readonly string[],
  numbers: readonly number[]
): SampleCount | null {
  if (factor.formula.kind !== 'ratio') return null
  const n = numbers[inputIds.indexOf(factor.formula.numerator)]
  const N = numbers[inputIds.indexOf(factor.formula.denominator)]
  if (n === undefined || N === undefined || Number.isNaN(n) || Number.isNaN(N)) return null
  const rule = factor.smallSample
  const small = rule !== undefined && N < rule.minN
  return {
    n,
    N,
    misses: factor.direction === 'higher' ? N - n : n,
    small,
    bandedByMisses: small && rule.missBands !== undefined,
    minN: rule?.minN ?? null
  }
}

/** The band index for a number of misses: the first of A..D allowing that many, else E. */
function bandIndexForMisses(missBands: readonly number[], misses: number): number {
  const i = missBands.findIndex((allowed) => misses <= allowed)
  return i < 0 ? missBands.length : i
}

/**
 * Evaluates one factor for one assessment: validates its inputs (per key system for a per-system
 * factor, then combines the systems), runs its entry checks, computes its value, band, score
 * (bands, linear, or by misses for a small sample), pass/fail against the target and red lines.
 * Any invalid input, failed check, missing input or undefined value makes the factor N/A
 * (value and score null); invalid inputs and failed checks are also reported as errors.
 */
export function evaluateFactor(plan: FactorPlan, context: FactorContext): FactorResult {
  const { factor } = plan
  const { entry, mode, errors, warnings } = context
  const owner = { zh: factor.id, en: factor.id }
  warnUnknownInputs(plan, entry?.values, owner, warnings)
  let inputs: Record<string, number | null>
  let numbers: number[] = []
  let complete: boolean
  let status: FactorStatus
  let value: number | null
  let terms: Array<number | null> | null = null
  let systems: FactorResult['systems'] = null
  let combination: FactorResult['combination'] = null
  if (factor.perSystem !== undefined) {
    const perSystem = evaluatePerSystem(
      plan,
      factor.perSystem,
      entry,
      context.systems,
      errors,
      warnings
    )
    inputs = Object.fromEntries(plan.inputIds.map((id) => [id, null]))
    ;({ complete, status, value } = perSystem)
    systems = perSystem.systems
    combination = perSystem.combination
  } else {
    const computed = evaluateFactorInputs(plan, entry?.values, owner, errors)
    ;({ inputs, numbers, complete, status, value, terms } = computed)
  }

  const sample = value === null ? null : sampleCount(factor, plan.inputIds, numbers)
  let band: FactorResult['band'] = null
  let bandScore: number | null = null
  let score: number | null = null
  let pass: boolean | null = null
  if (value !== null) {
    const missBands = sample?.bandedByMisses ? factor.smallSample?.missBands : undefined
    const index =
      missBands !== undefined
        ? bandIndexForMisses(missBands, (sample as SampleCount).misses)
        : bandIndexFor(factor.bands, value, factor.direction)
    const matched = factor.bands[index] as FactorBand
    band = matched.grade
    bandScore = matched.score
    score =
      mode === 'bands' || missBands !== undefined
        ? bandScore
        : linearFactorScore(factor.bands, factor.direction, value)
    pass = compareWithTolerance(value, factor.direction === 'higher' ? 'gte' : 'lte', factor.target)
  }

  const redLines: RedLineCheck[] = []
  const redLinesBreached: string[] = []
  for (const line of factor.redLines) {
    const tested = line.input === undefined ? value : (inputs[line.input] ?? null)
    const breached = tested !== null && compareWithTolerance(tested, line.op, line.value)
    if (breached) redLinesBreached.push(line.id)
    redLines.push({
      id: line.id,
      class: line.class ?? 'regulatory',
      input: line.input ?? null,
      op: line.op,
      value: line.value,
      status: tested === null ? 'notEvaluated' : breached ? 'breached' : 'clear',
      message: line.message
    })
  }

  return {
    id: factor.id,
    sectionId: plan.sectionId,
    pillarId: plan.pillarId,
    inputs,
    complete,
    weight: factor.weight ?? 1,
    systems,
    combination,
    sample,
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
