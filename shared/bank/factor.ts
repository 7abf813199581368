import { z } from 'zod'
import {
  comparisonOpSchema,
  idSchema,
  localizedTextSchema,
  redLineClassSchema,
  regulatoryReferenceSchema,
  sourceTagSchema
} from './primitives'
import { factorReplacementSchema } from './replaces'

/** One number the assessor enters for a factor (a count, minutes, a peak…). */
export const factorInputSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** e.g. 次 / times, 分钟 / min, 笔/秒 / orders/s. */
  unit: localizedTextSchema,
  description: localizedTextSchema.optional(),
  integer: z.boolean().default(false),
  min: z.number().default(0),
  max: z.number().optional()
})
export type FactorInput = z.infer<typeof factorInputSchema>

/** A numerator/denominator pair over input ids, optionally divided by a required multiple. */
const ratioTermSchema = z.strictObject({
  numerator: idSchema,
  denominator: idSchema,
  /** e.g. 3 when the requirement is "capacity ≥ 3× peak": the term is (num/den)/3. */
  divisor: z.number().positive().optional(),
  label: localizedTextSchema.optional()
})
export type RatioTerm = z.infer<typeof ratioTermSchema>

/**
 * How a factor's value is computed from its inputs. Every kind has an Excel rendering, so the
 * report can show the value as a live formula over the input cells.
 * A zero denominator or a missing input makes the factor N/A (never 100).
 */
export const factorFormulaSchema = z.discriminatedUnion('kind', [
  /** numerator ÷ denominator */
  z.strictObject({ kind: z.literal('ratio'), numerator: idSchema, denominator: idSchema }),
  /** 1 − part ÷ whole (e.g. availability = 1 − downtime ÷ service time) */
  z.strictObject({ kind: z.literal('complementRatio'), part: idSchema, whole: idSchema }),
  /** total duration ÷ number of events (e.g. MTTR) */
  z.strictObject({ kind: z.literal('meanDuration'), total: idSchema, count: idSchema }),
  /** unweighted mean of ratios over a list (terms with a zero denominator are skipped) */
  z.strictObject({ kind: z.literal('meanOfRatios'), terms: z.array(ratioTermSchema).min(1) }),
  /** minimum of ratios over a list (terms with a zero denominator are skipped) */
  z.strictObject({ kind: z.literal('minOfRatios'), terms: z.array(ratioTermSchema).min(1) }),
  /**
   * A small arithmetic expression over input ids: numbers, + − × ÷, parentheses, min(), max().
   * Parsed by our own parser (no eval).
   */
  z.strictObject({ kind: z.literal('expression'), expression: z.string().min(1).max(500) })
])
export type FactorFormula = z.infer<typeof factorFormulaSchema>
export type FactorFormulaKind = FactorFormula['kind']

export const BAND_GRADES = ['A', 'B', 'C', 'D', 'E'] as const
export type BandGrade = (typeof BAND_GRADES)[number]

/**
 * A band: the factor falls in the first band (in A→E order) whose threshold it meets —
 * value ≥ threshold when higher is better, value ≤ threshold when lower is better.
 * The last band's threshold is null (catch-all).
 */
export const factorBandSchema = z.strictObject({
  grade: z.enum(BAND_GRADES),
  threshold: z.number().nullable(),
  score: z.number().min(0).max(100)
})
export type FactorBand = z.infer<typeof factorBandSchema>

/**
 * A red line on the factor's value (e.g. F10 r < 1.0) or, with `input`, on one of its inputs
 * (e.g. F17: any unreported incident, N_unreported > 0).
 */
export const factorRedLineSchema = z.strictObject({
  id: idSchema,
  /** Regulatory (sourced; caps the overall level) or internal; absent means regulatory. */
  class: redLineClassSchema.optional(),
  /** Test this input's entered number instead of the factor's value. */
  input: idSchema.optional(),
  op: comparisonOpSchema,
  value: z.number(),
  message: localizedTextSchema
})
export type FactorRedLine = z.infer<typeof factorRedLineSchema>

/** How values are shown: fractions as %, durations in minutes, multiples as ×. */
export const factorDisplaySchema = z.enum(['percent', 'minutes', 'multiple', 'number'])
export type FactorDisplay = z.infer<typeof factorDisplaySchema>

/** How the per-system values of a per-system factor combine into the factor's value. */
export const SYSTEM_COMBINE_RULES = ['min', 'max', 'classWeightedMin', 'sum', 'mean'] as const
export type SystemCombineRule = (typeof SYSTEM_COMBINE_RULES)[number]

/** Which of the assessment's key systems a per-system factor is entered for. */
export const SYSTEM_SELECTIONS = ['all', 'realTime'] as const
export type SystemSelection = (typeof SYSTEM_SELECTIONS)[number]

/**
 * A factor measured per key system: its inputs are entered once per system in scope, the formula
 * gives each system's value, and `combine` turns those into the factor's value:
 * `min` / `max` the worst (or best) system; `classWeightedMin` the minimum after scaling each
 * system's shortfall below the target by its class weight (classWeights[0] for 第一类 … [4] for
 * 第五类; an unclassified system weighs 1); `sum`; `mean` (unweighted).
 */
export const perSystemSchema = z.strictObject({
  systems: z.enum(SYSTEM_SELECTIONS),
  combine: z.enum(SYSTEM_COMBINE_RULES),
  classWeights: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]).optional()
})
export type PerSystem = z.infer<typeof perSystemSchema>

/**
 * The small-sample rule of a ratio factor: with a denominator N below `minN` the result is
 * marked 小样本 / small sample and shows "n of N"; with `missBands` (the most misses allowed for
 * bands A, B, C, D; more is E) it is banded by the number of misses instead of the percentage.
 */
export const smallSampleSchema = z.strictObject({
  minN: z.number().int().min(1),
  missBands: z
    .tuple([
      z.number().int().min(0),
      z.number().int().min(0),
      z.number().int().min(0),
      z.number().int().min(0)
    ])
    .optional()
})
export type SmallSample = z.infer<typeof smallSampleSchema>

/** A stability evaluation factor (稳定性评价要素). */
export const evaluationFactorSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** Definition and scope, as the assessor must apply it. */
  definition: localizedTextSchema,
  inputs: z.array(factorInputSchema).min(1),
  /** Entry checks such as numerator ≤ denominator; the app blocks entry that breaks them. */
  constraints: z
    .array(
      z.strictObject({ left: idSchema, op: z.enum(['lte', 'lt', 'gte', 'gt']), right: idSchema })
    )
    .default([]),
  formula: factorFormulaSchema,
  display: factorDisplaySchema,
  decimals: z.number().int().min(0).max(6).default(2),
  direction: z.enum(['higher', 'lower']),
  target: z.number(),
  targetLabel: localizedTextSchema.optional(),
  bands: z.array(factorBandSchema).length(5),
  /** The section or process (e.g. `C3`) whose evaluation-element score this factor feeds. */
  feeds: idSchema,
  /**
   * Relative weight among the factors of its section (absent: 1). The section's factor share
   * itself comes from the profile (`factorShares`, else 1 − questionnaireShare).
   */
  weight: z.number().positive().max(100).optional(),
  /** Entered and computed per key system, then combined (see perSystemSchema). */
  perSystem: perSystemSchema.optional(),
  /** Ratio factors: how a small denominator is reported and banded. */
  smallSample: smallSampleSchema.optional(),
  /** Factors of an earlier version of this bank whose entries move to this one. */
  replaces: z.array(factorReplacementSchema).min(1).optional(),
  redLines: z.array(factorRedLineSchema).default([]),
  source: sourceTagSchema,
  references: z.array(regulatoryReferenceSchema).default([]),
  /** Why the formula, target and bands are what they are. */
  basis: localizedTextSchema.optional()
})
export type EvaluationFactor = z.infer<typeof evaluationFactorSchema>
