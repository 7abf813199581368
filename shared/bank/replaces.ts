import { z } from 'zod'
import { idSchema } from './primitives'

/**
 * `replaces`: how answers and factor entries follow an item into a newer version of the same
 * bank. Ids are never reused within a bank id, so a bare id names the item of an earlier version
 * unambiguously. An item may name itself: its id stays, but its meaning changed enough that a
 * carried answer must be confirmed (`confirm`) or its values translated.
 */

/** An answer value of the earlier question, and what it becomes here. */
const valueMappingSchema = z.strictObject({
  from: z.union([z.string(), z.number()]),
  to: z.union([z.string(), z.number()])
})
export type ValueMapping = z.infer<typeof valueMappingSchema>

/** An earlier question whose answer moves to this question. */
export const questionReplacementSchema = z.strictObject({
  question: idSchema,
  /** The carried answer is marked 请确认 / please confirm, even when its value fits unchanged. */
  confirm: z.boolean().optional(),
  /**
   * Old values translated to this question's values (a multiple-choice answer is translated
   * option by option). A value not listed carries over when it is valid here as it is.
   */
  values: z.array(valueMappingSchema).min(1).optional()
})
export type QuestionReplacement = z.infer<typeof questionReplacementSchema>

/** An earlier factor whose entered inputs move to this factor. */
export const factorReplacementSchema = z.strictObject({
  factor: idSchema,
  /** The carried inputs are marked please confirm. */
  confirm: z.boolean().optional(),
  /** Old input ids renamed to this factor's input ids; other inputs carry under their own id. */
  inputs: z
    .array(z.strictObject({ from: idSchema, to: idSchema }))
    .min(1)
    .optional()
})
export type FactorReplacement = z.infer<typeof factorReplacementSchema>
