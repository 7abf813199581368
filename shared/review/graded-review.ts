import type { ReviewLevel, ReviewRecord, ReviewSignature } from '../assessment/review-record'

/**
 * Why a review step was refused (docs/review.md):
 * - `order`: an earlier level has not signed yet (or this level already has);
 * - `notPermitted`: the level names who may sign, and this person is not among them;
 * - `sameSigner`: this person signed another level — each level is a different person;
 * - `contentChanged`: the content is not what the previous level approved (send it back first);
 * - `reasonRequired`: sending back needs a reason;
 * - `nothingToSendBack`: that level has not signed.
 */
export type ReviewRefusalCode =
  | 'order'
  | 'notPermitted'
  | 'sameSigner'
  | 'contentChanged'
  | 'reasonRequired'
  | 'nothingToSendBack'

export class ReviewRefusal extends Error {
  constructor(
    readonly code: ReviewRefusalCode,
    readonly level: number,
    message: string
  ) {
    super(message)
    this.name = 'ReviewRefusal'
  }
}

/** The record an assessment starts its review with: the levels, nothing signed. */
export function startReview(levels: readonly ReviewLevel[]): ReviewRecord {
  return { levels: levels.map((level) => ({ ...level })), signatures: [] }
}

/** The level that signs next (1-based), or null when every level has signed. */
export function nextReviewLevel(record: ReviewRecord): number | null {
  return record.signatures.length < record.levels.length ? record.signatures.length + 1 : null
}

/** Whether `level` is the last one: its signature finalizes the assessment. */
export function isFinalReviewLevel(record: ReviewRecord, level: number): boolean {
  return level === record.levels.length
}

const sameName = (a: string, b: string): boolean => a.trim() === b.trim()

/** Why `by` may not sign `level` over content `contentHash` now, or undefined when they may. */
export function reviewSignRefusal(
  record: ReviewRecord,
  request: { level: number; by: string; contentHash: string }
): ReviewRefusal | undefined {
  const { level, by, contentHash } = request
  if (level !== nextReviewLevel(record))
    return new ReviewRefusal('order', level, `level ${level} is not the next level to sign`)
  const signers = record.levels[level - 1]?.signers ?? []
  if (signers.length > 0 && !signers.some((name) => sameName(name, by)))
    return new ReviewRefusal('notPermitted', level, `${by} may not sign level ${level}`)
  if (record.signatures.some((signature) => sameName(signature.by, by)))
    return new ReviewRefusal('sameSigner', level, `${by} already signed another level`)
  const previous = record.signatures.at(-1)
  if (previous !== undefined && previous.contentHash !== contentHash)
    return new ReviewRefusal(
      'contentChanged',
      level,
      `the content changed since level ${previous.level} signed`
    )
  return undefined
}

/** The record with `signature` added; throws the ReviewRefusal when it may not sign. */
export function signReview(record: ReviewRecord, signature: ReviewSignature): ReviewRecord {
  const refusal = reviewSignRefusal(record, signature)
  if (refusal) throw refusal
  const comment = signature.comment?.trim()
  const signed: ReviewSignature = {
    level: signature.level,
    by: signature.by.trim(),
    at: signature.at,
    ...(comment ? { comment } : {}),
    contentHash: signature.contentHash
  }
  return { ...record, signatures: [...record.signatures, signed] }
}

/**
 * Sends the assessment back to `level`: that level's signature and every later one are withdrawn,
 * so it signs again (level 1: back to the preparer). The reason is required.
 */
export function sendBackReview(record: ReviewRecord, level: number, reason: string): ReviewRecord {
  if (reason.trim() === '')
    throw new ReviewRefusal('reasonRequired', level, 'sending back needs a reason')
  if (!Number.isInteger(level) || level < 1 || level > record.signatures.length)
    throw new ReviewRefusal('nothingToSendBack', level, `level ${level} has not signed`)
  return { ...record, signatures: record.signatures.slice(0, level - 1) }
}

/**
 * The newest signature that no longer matches the content (edited after it signed), or undefined:
 * the review screen asks to send back to it before the next level can sign.
 */
export function staleReviewSignature(
  record: ReviewRecord,
  contentHash: string
): ReviewSignature | undefined {
  const last = record.signatures.at(-1)
  return last !== undefined && last.contentHash !== contentHash ? last : undefined
}
