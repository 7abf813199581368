import type { KeySystem } from '../assessment/assessment'
import type { FactorEntry } from '../assessment/assessment'
import type { PerSystem } from '../bank/factor'
import { assertNever } from '../util/assert-never'
import { bandIndexFor } from './bands'
import { evaluateFactorInputs, warnUnknownInputs, type FactorInputsPlan } from './factor-inputs'
import type { FactorStatus, ScoringIssue, SystemCombination, SystemFactorResult } from './types'

/** The key systems a per-system factor is entered for, in the assessment's order. */
export function systemsInScope(perSystem: PerSystem, systems: readonly KeySystem[]): KeySystem[] {
  switch (perSystem.systems) {
    case 'all':
      return [...systems]
    case 'realTime':
      return systems.filter((system) => system.realTime === true)
    default:
      return assertNever(perSystem.systems, 'system selection')
  }
}

/** A system's weight in a class-weighted minimum: its class's weight; 1 when unclassified. */
export function classWeightOf(perSystem: PerSystem, system: Pick<KeySystem, 'class'>): number {
  const weights = perSystem.classWeights
  if (weights === undefined || system.class === undefined) return 1
  return weights[system.class - 1] ?? 1
}

/**
 * A value adjusted for a class-weighted minimum: at or above the target it stays; below it, its
 * shortfall is scaled by the class weight (t − k·(t − v)), so a lower-class system's outage
 * weighs less than the same outage of a first-class one.
 */
export function classAdjustedValue(value: number, target: number, weight: number): number {
  return value >= target ? value : target - weight * (target - value)
}

/** What precedes what when the systems of a factor disagree on why it has no value. */
const STATUS_PRECEDENCE: readonly FactorStatus[] = [
  'formulaError',
  'invalidInputs',
  'constraintViolated',
  'missingInputs'
]

/** A per-system factor's value before banding: per system, and combined. */
export interface PerSystemValue {
  systems: SystemFactorResult[]
  combination: SystemCombination
  status: FactorStatus
  value: number | null
  complete: boolean
}

/**
 * Evaluates a per-system factor: each key system in scope gets its inputs checked and its value
 * computed like a factor entered once; then the rule combines the systems that have a value
 * (a system with a zero denominator is N/A and left out). The factor is N/A — and incomplete —
 * while there is no system in scope, or any system's inputs are missing or invalid: a minimum
 * over some of the systems would hide exactly the system not entered.
 */
export function evaluatePerSystem(
  plan: FactorInputsPlan,
  perSystem: PerSystem,
  entry: FactorEntry | undefined,
  systems: readonly KeySystem[],
  errors: ScoringIssue[],
  warnings: ScoringIssue[]
): PerSystemValue {
  const factorId = plan.factor.id
  const inScope = systemsInScope(perSystem, systems)
  const results: SystemFactorResult[] = inScope.map((system) => {
    const entered = entry?.bySystem?.[system.id]
    const owner = {
      zh: `${factorId}（${system.name}）`,
      en: `${factorId} (${system.name})`,
      systemId: system.id
    }
    warnUnknownInputs(plan, entered, owner, warnings)
    const computed = evaluateFactorInputs(plan, entered, owner, errors)
    const weight =
      perSystem.combine === 'classWeightedMin' ? classWeightOf(perSystem, system) : null
    return {
      systemId: system.id,
      name: system.name,
      class: system.class ?? null,
      realTime: system.realTime ?? null,
      inputs: computed.inputs,
      complete: computed.complete,
      status: computed.status,
      value: computed.value,
      terms: computed.terms,
      band:
        computed.value === null
          ? null
          : (plan.factor.bands[
              bandIndexFor(plan.factor.bands, computed.value, plan.factor.direction)
            ]?.grade ?? null),
      classWeight: weight,
      adjustedValue:
        weight === null || computed.value === null
          ? null
          : classAdjustedValue(computed.value, plan.factor.target, weight)
    }
  })
  const combination: SystemCombination = {
    rule: perSystem.combine,
    selection: perSystem.systems,
    bindingSystemId: null
  }
  const complete = results.length > 0 && results.every((r) => r.complete)
  if (results.length === 0)
    return { systems: results, combination, status: 'noSystems', value: null, complete }
  for (const status of STATUS_PRECEDENCE)
    if (results.some((r) => r.status === status))
      return { systems: results, combination, status, value: null, complete }
  const valued = results.filter((r) => r.value !== null)
  if (valued.length === 0)
    return { systems: results, combination, status: 'undefined', value: null, complete }
  const { value, binding } = combine(perSystem.combine, valued)
  combination.bindingSystemId = binding
  return { systems: results, combination, status: 'ok', value, complete }
}

/** The rule over the systems with a value; the binding system for min, max and class-weighted min. */
function combine(
  rule: PerSystem['combine'],
  valued: readonly SystemFactorResult[]
): { value: number; binding: string | null } {
  const pick = (
    better: (a: number, b: number) => boolean,
    read: (r: SystemFactorResult) => number
  ) => {
    let best = valued[0] as SystemFactorResult
    for (const r of valued) if (better(read(r), read(best))) best = r
    return { value: read(best), binding: best.systemId }
  }
  const valueOf = (r: SystemFactorResult): number => r.value as number
  switch (rule) {
    case 'min':
      return pick((a, b) => a < b, valueOf)
    case 'max':
      return pick((a, b) => a > b, valueOf)
    case 'classWeightedMin':
      return pick(
        (a, b) => a < b,
        (r) => r.adjustedValue as number
      )
    case 'sum':
      return { value: valued.reduce((sum, r) => sum + valueOf(r), 0), binding: null }
    case 'mean':
      return {
        value: valued.reduce((sum, r) => sum + valueOf(r), 0) / valued.length,
        binding: null
      }
    default:
      return assertNever(rule, 'combination rule')
  }
}
