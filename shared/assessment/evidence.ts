import { z } from 'zod'
import { idSchema, isoDateSchema } from '../bank/primitives'

export const isoDateTime = z.iso.datetime({ offset: true })
export const personName = z.string().trim().min(1).max(200)
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')

/** The longest caption of an evidence item (one or two sentences: what it shows). */
export const MAX_EVIDENCE_CAPTION_LENGTH = 500

/**
 * What the assessor says about any piece of evidence: the date it is valid for (证据日期 — when
 * the screenshot was taken, the register's as-of date, the document's issue date) and a caption.
 * Both optional; format 3.
 */
const evidenceDetails = {
  effectiveDate: isoDateSchema.optional(),
  caption: z.string().trim().min(1).max(MAX_EVIDENCE_CAPTION_LENGTH).optional()
}

/**
 * Evidence behind an answer: an attached file (stored as a Blob in the app, identified by its
 * SHA-256) or a written reference to material that stays elsewhere (large or sensitive documents,
 * interviews).
 */
export const evidenceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    id: idSchema,
    name: z.string().trim().min(1).max(500),
    sha256: sha256Hex,
    size: z.number().int().min(0),
    mimeType: z.string().max(200).optional(),
    ...evidenceDetails,
    addedBy: personName.optional(),
    addedAt: isoDateTime.optional()
  }),
  z.strictObject({
    kind: z.literal('reference'),
    id: idSchema,
    /** Document name, e.g. 《应急预案（2025版）》. */
    name: z.string().trim().min(1).max(500),
    location: z.string().max(1000).optional(),
    page: z.string().max(100).optional(),
    interviewee: z.string().max(200).optional(),
    note: z.string().max(4000).optional(),
    ...evidenceDetails,
    addedBy: personName.optional(),
    addedAt: isoDateTime.optional()
  })
])
export type EvidenceRef = z.infer<typeof evidenceRefSchema>
