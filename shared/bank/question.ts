import { z } from 'zod'
import { conditionSchema } from './conditions'
import {
  idSchema,
  localizedTextSchema,
  redLineClassSchema,
  regulatoryReferenceSchema,
  sourceTagSchema
} from './primitives'
import { questionReplacementSchema } from './replaces'

/** Every question type a bank can use. The scored ones feed section scores. */
export const QUESTION_TYPES = [
  'maturity',
  'yesPartialNo',
  'singleChoice',
  'multiChoice',
  'number',
  'percentage',
  'date',
  'text',
  'evidence'
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

const questionBase = {
  /** Stable id such as `C3.02`; answers are keyed by it. */
  id: idSchema,
  text: localizedTextSchema,
  /** What the assessor should look for and ask; shown under the question. */
  guidance: localizedTextSchema.optional(),
  /** 1 normal, 2 important, 3 critical (brief §4.1); any positive number is accepted. */
  weight: z.number().positive().max(100).default(1),
  /** Critical items feed the critical-item gate (brief §6.4 rule 1). */
  critical: z.boolean().default(false),
  required: z.boolean().default(true),
  /** N/A allowed; an N/A answer then needs a written justification. */
  allowNA: z.boolean().default(false),
  references: z.array(regulatoryReferenceSchema).default([]),
  source: sourceTagSchema,
  /**
   * Standard wording (规范用语) for the finding this question raises when it falls short, and for
   * the recommendation: the remediation register starts from it instead of the question's text.
   */
  finding: z
    .strictObject({
      description: localizedTextSchema.optional(),
      recommendation: localizedTextSchema.optional()
    })
    .optional(),
  /** Skip logic: the question is shown (and counted) only while this holds. */
  visibleWhen: conditionSchema.optional(),
  /** Questions of an earlier version of this bank whose answers move to this one. */
  replaces: z.array(questionReplacementSchema).min(1).optional(),
  /**
   * A red line on the answer itself (e.g. C5.06 "all incidents reported on time" = no).
   * A regulatory one (the default) triggers the red-line gate; an internal one is reported only.
   */
  redLine: z
    .strictObject({
      id: idSchema,
      class: redLineClassSchema.optional(),
      whenAnswerIn: z.array(z.union([z.string(), z.number()])).min(1),
      message: localizedTextSchema
    })
    .optional()
}

/** The schema of one question type: the fields every question has, its `type`, then its own. */
function questionSchemaOf<T extends QuestionType, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ ...questionBase, type: z.literal(type), ...shape })
}

/** Five bilingual anchors, one per maturity level 0..4. */
export const maturityAnchorsSchema = z.tuple([
  localizedTextSchema,
  localizedTextSchema,
  localizedTextSchema,
  localizedTextSchema,
  localizedTextSchema
])
export type MaturityAnchors = z.infer<typeof maturityAnchorsSchema>

export const choiceOptionSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  /** Item score 0..100 when this option is chosen. */
  score: z
    .number()
    .min(0, 'an option score is between 0 and 100')
    .max(100, 'an option score is between 0 and 100'),
  /** For multiple choice: choosing it clears the others ("none of these"). */
  exclusive: z.boolean().optional()
})
export type ChoiceOption = z.infer<typeof choiceOptionSchema>

/**
 * Optional scoring of a numeric answer against a target: linear `min(100, value/target·100)`
 * (or `target/value` when lower is better), or the first matching band when bands are given.
 */
export const numericScoringSchema = z.strictObject({
  direction: z.enum(['higher', 'lower']),
  target: z.number().positive(),
  bands: z
    .array(z.strictObject({ threshold: z.number().nullable(), score: z.number().min(0).max(100) }))
    .min(1)
    .optional()
})
export type NumericScoring = z.infer<typeof numericScoringSchema>

export const maturityQuestionSchema = questionSchemaOf('maturity', {
  /** Question-specific anchors; when absent the bank's default anchors are shown. */
  anchors: maturityAnchorsSchema.optional()
})

export const yesPartialNoQuestionSchema = questionSchemaOf('yesPartialNo', {})

export const singleChoiceQuestionSchema = questionSchemaOf('singleChoice', {
  options: z.array(choiceOptionSchema).min(2)
})

export const multiChoiceQuestionSchema = questionSchemaOf('multiChoice', {
  options: z.array(choiceOptionSchema).min(2),
  /** Item score = min(100, Σ scores of the chosen options). */
  scoring: z.literal('sumCapped').default('sumCapped')
})

export const numberQuestionSchema = questionSchemaOf('number', {
  unit: localizedTextSchema.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(false),
  /** Not scored unless given. */
  scoring: numericScoringSchema.optional()
})

export const percentageQuestionSchema = questionSchemaOf('percentage', {
  /** Answers are entered as 0..100. Not scored unless given. */
  scoring: numericScoringSchema.optional()
})

export const dateQuestionSchema = questionSchemaOf('date', {
  /** When given: 100 if the date lies within this many days before the period end, else 0. */
  scoring: z.strictObject({ withinDays: z.number().int().positive() }).optional()
})

export const textQuestionSchema = questionSchemaOf('text', {
  multiline: z.boolean().default(true)
})

/** Asks for evidence (documents, records); answered by evidence references, never scored. */
export const evidenceQuestionSchema = questionSchemaOf('evidence', {})

export const questionSchema = z.discriminatedUnion('type', [
  maturityQuestionSchema,
  yesPartialNoQuestionSchema,
  singleChoiceQuestionSchema,
  multiChoiceQuestionSchema,
  numberQuestionSchema,
  percentageQuestionSchema,
  dateQuestionSchema,
  textQuestionSchema,
  evidenceQuestionSchema
])
export type Question = z.infer<typeof questionSchema>
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>

// In its own zod-free module, so scoring (which the home screen loads) does not carry the schemas.
export { isScoredQuestion } from './scored-question'
