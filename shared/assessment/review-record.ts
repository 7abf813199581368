import { z } from 'zod'
import { isoDateTime, personName, sha256Hex } from './evidence'

/** At most three review levels (e.g. 编制 → 复核 → 审定). */
export const MAX_REVIEW_LEVELS = 3

/**
 * One review level (分级复核) as Settings define it: its name, and who may sign at it (empty or
 * absent: anyone but a person who signed another level of the same assessment).
 */
export const reviewLevelSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  signers: z.array(personName).max(50).optional()
})
export type ReviewLevel = z.infer<typeof reviewLevelSchema>

/**
 * A level's signature: who approved, when, with what comment, and the SHA-256 of the content
 * (assessmentContentHash) they approved — a later level may only sign that same content.
 */
export const reviewSignatureSchema = z.strictObject({
  /** 1-based: level 1 signs first. */
  level: z.number().int().min(1).max(MAX_REVIEW_LEVELS),
  by: personName,
  at: isoDateTime,
  comment: z.string().max(4000).optional(),
  contentHash: sha256Hex
})
export type ReviewSignature = z.infer<typeof reviewSignatureSchema>

/**
 * The assessment's graded review: the levels it is reviewed through (copied from Settings when
 * the first level signs, so the record travels with the file) and the signatures so far, in level
 * order. The last level's signature is the finalization.
 */
export const reviewRecordSchema = z
  .strictObject({
    levels: z.array(reviewLevelSchema).min(1).max(MAX_REVIEW_LEVELS),
    signatures: z.array(reviewSignatureSchema).max(MAX_REVIEW_LEVELS)
  })
  .refine(
    (record) =>
      record.signatures.length <= record.levels.length &&
      record.signatures.every((signature, index) => signature.level === index + 1),
    { message: 'signatures are one per level, in level order', path: ['signatures'] }
  )
export type ReviewRecord = z.infer<typeof reviewRecordSchema>
