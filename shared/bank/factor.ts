import { z } from 'zod'
import {
  comparisonOpSchema,
  idSchema,
  localizedTextSchema,
  regulatoryReferenceSchema,
  sourceTagSchema
} from './primitives'

/** One number the assessor enters for a factor (a count, minutes, a peak…). */
export const factorInputSchema = z
  .object({
    id: idSchema,
    label: localizedTextSchema,
    /** e.g. 次 / times, 分钟 / min, 笔/秒 / orders/s. */
    unit: localizedTextSchema,
    description: localizedTextSchema.optional(),
    integer: z.boolean().default(false),
    min: z.number().default(0),
    max: z.number().optional()
  })
  .strict()
export type FactorInput = z.infer<typeof factorInputSchema>

/** A numerator/denominator pair over input ids, optionally divided by a required multiple. */
const ratioTermSchema = z
  .object({
    numerator: idSchema,
    denominator: idSchema,
    /** e.g. 3 when the requirement is "capacity ≥ 3× peak": the term is (num/den)/3. */
    divisor: z.number().positive().optional(),
    label: localizedTextSchema.optional()
  })
  .strict()
export type RatioTerm = z.infer<typeof ratioTermSchema>

/**
 * How a factor's value is computed from its inputs. Every kind has an Excel rendering, so the
 * report can show the value as a live formula over the input cells.
 * A zero denominator or a missing input makes the factor N/A (never 100).
 */
export const factorFormulaSchema = z.discriminatedUnion('kind', [
  /** numerator ÷ denominator */
  z.object({ kind: z.literal('ratio'), numerator: idSchema, denominator: idSchema }).strict(),
  /** 1 − part ÷ whole (e.g. availability = 1 − downtime ÷ service time) */
  z.object({ kind: z.literal('complementRatio'), part: idSchema, whole: idSchema }).strict(),
  /** total duration ÷ number of events (e.g. MTTR) */
  z.object({ kind: z.literal('meanDuration'), total: idSchema, count: idSchema }).strict(),
  /** unweighted mean of ratios over a list (terms with a zero denominator are skipped) */
  z.object({ kind: z.literal('meanOfRatios'), terms: z.array(ratioTermSchema).min(1) }).strict(),
  /** minimum of ratios over a list (terms with a zero denominator are skipped) */
  z.object({ kind: z.literal('minOfRatios'), terms: z.array(ratioTermSchema).min(1) }).strict(),
  /**
   * A small arithmetic expression over input ids: numbers, + − × ÷, parentheses, min(), max().
   * Parsed by our own parser (no eval).
   */
  z.object({ kind: z.literal('expression'), expression: z.string().min(1).max(500) }).strict()
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
export const factorBandSchema = z
  .object({
    grade: z.enum(BAND_GRADES),
    threshold: z.number().nullable(),
    score: z.number().min(0).max(100)
  })
  .strict()
export type FactorBand = z.infer<typeof factorBandSchema>

/** A regulatory red line on the factor's value, e.g. F10 r < 1.0. */
export const factorRedLineSchema = z
  .object({
    id: idSchema,
    op: comparisonOpSchema,
    value: z.number(),
    message: localizedTextSchema
  })
  .strict()
export type FactorRedLine = z.infer<typeof factorRedLineSchema>

/** How values are shown: fractions as %, durations in minutes, multiples as ×. */
export const factorDisplaySchema = z.enum(['percent', 'minutes', 'multiple', 'number'])
export type FactorDisplay = z.infer<typeof factorDisplaySchema>

/** A stability evaluation factor (稳定性评价要素). */
export const evaluationFactorSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    /** Definition and scope, as the assessor must apply it. */
    definition: localizedTextSchema,
    inputs: z.array(factorInputSchema).min(1),
    /** Entry checks such as numerator ≤ denominator; the app blocks entry that breaks them. */
    constraints: z
      .array(
        z
          .object({ left: idSchema, op: z.enum(['lte', 'lt', 'gte', 'gt']), right: idSchema })
          .strict()
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
    redLines: z.array(factorRedLineSchema).default([]),
    source: sourceTagSchema,
    references: z.array(regulatoryReferenceSchema).default([]),
    /** Why the formula, target and bands are what they are. */
    basis: localizedTextSchema.optional()
  })
  .strict()
export type EvaluationFactor = z.infer<typeof evaluationFactorSchema>
