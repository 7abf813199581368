import type { BandGrade, SystemCombineRule, SystemSelection } from '../bank/factor'
import type { ComparisonOp, LocalizedText, RedLineClass } from '../bank/primitives'

// The scoring result's part for evaluation factors (see types.ts for the whole result).

/** Why a factor has (or lacks) a value; every status but `ok` means N/A. */
export type FactorStatus =
  /** Value computed. */
  | 'ok'
  /** An input the formula needs is missing. */
  | 'missingInputs'
  /** An input is not a finite number, is below its minimum, above its maximum or not an integer. */
  | 'invalidInputs'
  /** An entry check such as numerator ≤ denominator fails. */
  | 'constraintViolated'
  /** Division by zero (every term, for mean/min of ratios) or a non-finite result. */
  | 'undefined'
  /** The bank's formula cannot be evaluated (parse error, unknown input). */
  | 'formulaError'
  /** A per-system factor, but the assessment lists no key system it applies to. */
  | 'noSystems'

/** One red line of a factor, checked against its value (or, with `input`, one of its inputs). */
export interface RedLineCheck {
  id: string
  /** Regulatory lines cap the overall level; internal ones are reported only. */
  class: RedLineClass
  /** The input tested instead of the value; null when the value is tested. */
  input: string | null
  op: ComparisonOp
  value: number
  /** `notEvaluated` while the factor has no value. */
  status: 'breached' | 'clear' | 'notEvaluated'
  message: LocalizedText
}

/** One key system's part of a per-system factor. */
export interface SystemFactorResult {
  systemId: string
  name: string
  /** The system's class (1 = 第一类 … 5 = 第五类); null when not classified. */
  class: number | null
  realTime: boolean | null
  /** Every declared input for this system: the valid entered number, or null. */
  inputs: Record<string, number | null>
  complete: boolean
  status: FactorStatus
  value: number | null
  terms: Array<number | null> | null
  /** The band the system's own value falls in (the factor's bands); null without a value. */
  band: BandGrade | null
  /** Class-weighted minimum only: the class weight and the value with its shortfall scaled. */
  classWeight: number | null
  adjustedValue: number | null
}

/** How a per-system factor's systems made its value. */
export interface SystemCombination {
  rule: SystemCombineRule
  selection: SystemSelection
  /** The system whose value is the factor's (min, max, class-weighted min); null for sum, mean or N/A. */
  bindingSystemId: string | null
}

/** "n of N" of a ratio factor and its small-sample reading. */
export interface SampleCount {
  /** The numerator (e.g. faults found by monitoring). */
  n: number
  /** The denominator (e.g. all faults). */
  N: number
  /** Misses: N − n when higher is better, n when lower is better. */
  misses: number
  /** N is below the bank's minN. */
  small: boolean
  /** Banded by the number of misses (small and the bank gives miss bands). */
  bandedByMisses: boolean
  /** The bank's minN; null without a small-sample rule. */
  minN: number | null
}

/** One evaluation factor's result, for every factor of the bank in bank order. */
export interface FactorResult {
  id: string
  /** The section/process it feeds; null when the bank names an unknown section. */
  sectionId: string | null
  pillarId: string | null
  /**
   * Every declared input: the valid entered number, or null when missing or invalid (always null
   * for a per-system factor, whose inputs are in `systems`).
   */
  inputs: Record<string, number | null>
  /** All declared inputs entered and valid — for every system in scope (factor completion). */
  complete: boolean
  /** Its weight among the factors of its section (the bank's, 1 when not given). */
  weight: number
  /** Per-system factors: each key system in scope, in the assessment's order; null otherwise. */
  systems: SystemFactorResult[] | null
  combination: SystemCombination | null
  /** Ratio factors with a value: "n of N" and the small-sample reading; null otherwise. */
  sample: SampleCount | null
  status: FactorStatus
  /** Computed value (a fraction for percentages, minutes, a multiple…); null unless `ok`. */
  value: number | null
  /** Per-term values for mean/min of ratios (null = skipped for a zero denominator). */
  terms: Array<number | null> | null
  band: BandGrade | null
  bandScore: number | null
  /** The factor score 0..100 under the profile's mode (bands or linear); null when N/A. */
  score: number | null
  scoring: 'bands' | 'linear'
  direction: 'higher' | 'lower'
  target: number
  /** Meets its target (within tolerance); null when N/A. */
  pass: boolean | null
  redLines: RedLineCheck[]
  redLinesBreached: string[]
}
