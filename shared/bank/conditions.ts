import { z } from 'zod'
import { idSchema } from './primitives'

/**
 * Skip logic and rule conditions over other answers.
 * A leaf tests one question's answer; `all`/`any`/`not` combine leaves.
 * - equals / notEquals: the stored answer value (level number, 'yes'|'partial'|'no', option id, number…)
 * - in: the answer is one of the values (for multi-choice: any selected option is in the list)
 * - gt/gte/lt/lte: numeric answers (levels, numbers, percentages)
 * - answered / unanswered / na: presence tests
 * A leaf whose question is unanswered, hidden or N/A is false (except `unanswered` and `na`).
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { question: string; equals: string | number | boolean }
  | { question: string; notEquals: string | number | boolean }
  | { question: string; in: Array<string | number> }
  | { question: string; gt: number }
  | { question: string; gte: number }
  | { question: string; lt: number }
  | { question: string; lte: number }
  | { question: string; answered: true }
  | { question: string; unanswered: true }
  | { question: string; na: true }

const scalar = z.union([z.string(), z.number(), z.boolean()])

/** Shown when a value matches none of the condition forms (zod's own text is just "Invalid input"). */
export const CONDITION_FORMS_MESSAGE =
  'a condition is {all: [...]}, {any: [...]}, {not: ...} or {question, plus exactly one test: ' +
  'equals, notEquals, in, gt, gte, lt, lte, answered, unanswered, na}'

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z.strictObject({ all: z.array(conditionSchema).min(1) }),
      z.strictObject({ any: z.array(conditionSchema).min(1) }),
      z.strictObject({ not: conditionSchema }),
      z.strictObject({ question: idSchema, equals: scalar }),
      z.strictObject({ question: idSchema, notEquals: scalar }),
      z.strictObject({ question: idSchema, in: z.array(z.union([z.string(), z.number()])).min(1) }),
      z.strictObject({ question: idSchema, gt: z.number() }),
      z.strictObject({ question: idSchema, gte: z.number() }),
      z.strictObject({ question: idSchema, lt: z.number() }),
      z.strictObject({ question: idSchema, lte: z.number() }),
      z.strictObject({ question: idSchema, answered: z.literal(true) }),
      z.strictObject({ question: idSchema, unanswered: z.literal(true) }),
      z.strictObject({ question: idSchema, na: z.literal(true) })
    ],
    { error: CONDITION_FORMS_MESSAGE }
  )
)

// In its own zod-free module, so scoring (which the home screen loads) does not carry the schemas.
export { conditionQuestionIds } from './condition-ids'
