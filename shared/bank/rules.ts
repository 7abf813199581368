import { z } from 'zod'
import { conditionSchema } from './conditions'
import { comparisonOpSchema, idSchema, localizedTextSchema } from './primitives'

/** A number read from an assessment: a question's answer, a factor input, or a constant. */
export const valueRefSchema = z.union([
  z.strictObject({ question: idSchema }),
  z.strictObject({ factor: idSchema, input: idSchema }),
  z.strictObject({ constant: z.number() })
])
export type ValueRef = z.infer<typeof valueRefSchema>

/**
 * Cross-question consistency rules. They raise soft warnings (never block entry):
 * - `evidenceForHighMaturity`: a maturity answer ≥ minLevel without any evidence reference;
 * - `condition`: warn on the listed questions while the condition holds;
 * - `compare`: warn when `left op right` is false (e.g. RTO ≥ RPO), both sides present.
 */
export const consistencyRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('evidenceForHighMaturity'),
    id: idSchema,
    minLevel: z.number().int().min(1).max(4),
    message: localizedTextSchema
  }),
  z.strictObject({
    kind: z.literal('condition'),
    id: idSchema,
    when: conditionSchema,
    questions: z.array(idSchema).min(1),
    message: localizedTextSchema
  }),
  z.strictObject({
    kind: z.literal('compare'),
    id: idSchema,
    left: valueRefSchema,
    op: comparisonOpSchema,
    right: valueRefSchema,
    message: localizedTextSchema
  })
])
export type ConsistencyRule = z.infer<typeof consistencyRuleSchema>
