import { z } from 'zod'
import { evaluationFactorSchema } from './factor'
import {
  idSchema,
  isoDateSchema,
  localizedTextSchema,
  regulatoryDocumentSchema,
  sourceTagSchema
} from './primitives'
import { scoringProfileSchema } from './profile'
import { maturityAnchorsSchema, questionSchema } from './question'
import { consistencyRuleSchema } from './rules'

/** The bank file format this code writes; older files are upgraded on load (see upgrade.ts). */
export const CURRENT_BANK_SCHEMA_VERSION = 3

/** A group of questions: a section (pillars A, B) or one of the core processes (pillar C). */
export const sectionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['section', 'process']),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Not (yet) confirmed by public text of the standard; shown with a "provisional" mark. */
  provisional: z.boolean().default(false),
  source: sourceTagSchema,
  questions: z.array(questionSchema).min(1)
})
export type Section = z.infer<typeof sectionSchema>

export const pillarSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  sections: z.array(sectionSchema).min(1)
})
export type Pillar = z.infer<typeof pillarSchema>

/** A question bank: pillars → sections/processes → questions, factors, rules and scoring profiles. */
export const bankSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_BANK_SCHEMA_VERSION),
  id: idSchema,
  /** The bank's own version, e.g. `1.0.0`; together with the content hash it identifies the bank. */
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a version like 1.0.0'),
  title: localizedTextSchema,
  /** e.g. "2025 consultation draft; provisional parts marked". */
  status: localizedTextSchema,
  description: localizedTextSchema.optional(),
  publishedAt: isoDateSchema.optional(),
  /** Anchors shown for maturity questions that have none of their own. */
  maturityAnchors: maturityAnchorsSchema,
  references: z.array(regulatoryDocumentSchema).default([]),
  pillars: z.array(pillarSchema).min(1),
  factors: z.array(evaluationFactorSchema).default([]),
  consistencyRules: z.array(consistencyRuleSchema).default([]),
  profiles: z.array(scoringProfileSchema).min(1),
  defaultProfileId: idSchema
})
export type Bank = z.infer<typeof bankSchema>
/** A bank as authored (defaults not yet applied). */
export type BankInput = z.input<typeof bankSchema>

/** What identifies one exact bank: answers are always scored against the bank they were given for. */
export interface BankRef {
  id: string
  version: string
  /** SHA-256 (hex) of the bank's canonical JSON after defaults are applied. */
  contentHash: string
}
