import { z } from 'zod'

/** The two languages every user-visible text of a bank carries. */
export const LOCALES = ['zh-CN', 'en-US'] as const
export type Locale = (typeof LOCALES)[number]

/** A text in both UI languages; neither may be empty. */
export const localizedTextSchema = z.strictObject({
  'zh-CN': z.string().trim().min(1, 'Chinese text is required'),
  'en-US': z.string().trim().min(1, 'English text is required')
})
export type LocalizedText = z.infer<typeof localizedTextSchema>

/** A text in both UI languages, for banks and messages written in TypeScript. */
export const localizedText = (zh: string, en: string): LocalizedText => ({
  'zh-CN': zh,
  'en-US': en
})

/** What an id looks like (idSchema); also read by hand-written fast checks (fast-fields.ts). */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/

/** Stable identifiers: answers are stored against them, so they never change once published. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'an id starts with a letter and uses letters, digits, _ . -')

/**
 * Where a statement comes from: F found in a public source, I inferred from found material,
 * P proposed by the bank's authors (see the standard brief, section 0).
 */
export const sourceTagSchema = z.enum(['F', 'I', 'P'])
export type SourceTag = z.infer<typeof sourceTagSchema>

/** A pointer into a regulation or standard listed in the bank's reference catalogue. */
export const regulatoryReferenceSchema = z.strictObject({
  document: idSchema,
  clause: z.string().trim().min(1).max(200).optional()
})
export type RegulatoryReference = z.infer<typeof regulatoryReferenceSchema>

export const regulatoryDocumentSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  status: localizedTextSchema.optional(),
  url: z.string().url().optional()
})
export type RegulatoryDocument = z.infer<typeof regulatoryDocumentSchema>

/** ISO calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  // Date.parse rolls 2025-02-30 over to March, so round-trip the date to catch impossible days.
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s
  }, 'not a real calendar date')

/** Comparison operators shared by skip logic, consistency rules and red lines. */
export const comparisonOpSchema = z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte'])
export type ComparisonOp = z.infer<typeof comparisonOpSchema>

/**
 * What a red line rests on: `regulatory` — a sourced rule (breaching it caps the overall level);
 * `internal` — the firm's or the bank's own line, reported as such and never presented as a
 * regulator's requirement.
 */
export const RED_LINE_CLASSES = ['regulatory', 'internal'] as const
export const redLineClassSchema = z.enum(RED_LINE_CLASSES)
export type RedLineClass = z.infer<typeof redLineClassSchema>
