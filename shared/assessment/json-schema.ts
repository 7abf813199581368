import { z } from 'zod'
import { bankSchema } from '../bank/bank'
import { assessmentFileSchema } from './assessment'

/**
 * JSON Schemas (draft 2020-12) of the two file formats, generated from the zod schemas so they can
 * never disagree with what the app accepts. They describe the files as *written* (zod input
 * types): fields with defaults are optional. Checks zod expresses in code (refinements such as
 * "the period must start before it ends", bank cross-references) are not in the JSON Schema; the
 * app's parser remains the authority. docs/schema/*.schema.json are generated from these by
 * `npx tsx scripts/generate-schemas.ts`, and a unit test keeps the committed files current.
 */
function toSchema(
  schema: z.ZodType,
  id: string,
  title: string,
  description: string
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any'
  })
  const { $schema, ...rest } = generated
  return { $schema, $id: id, title, description, ...rest }
}

/** The assessment file (`kind: "stability-assessor/assessment"`), see docs/assessment-format.md. */
export function assessmentJsonSchema(): Record<string, unknown> {
  return toSchema(
    assessmentFileSchema,
    'urn:stability-assessor:schema:assessment',
    'Stability Assessor assessment file',
    'An assessment exported by Stability Assessor (稳定性保障评估工具). Generated from shared/assessment/assessment.ts; see docs/assessment-format.md.'
  )
}

/** The question bank file, see docs/bank-format.md. */
export function bankJsonSchema(): Record<string, unknown> {
  return toSchema(
    bankSchema,
    'urn:stability-assessor:schema:bank',
    'Stability Assessor question bank',
    'A question bank for Stability Assessor (稳定性保障评估工具): pillars, sections/processes, questions, evaluation factors, consistency rules and scoring profiles. Generated from shared/bank/bank.ts; see docs/bank-format.md.'
  )
}
