import {
  MAX_EVIDENCE_CAPTION_LENGTH,
  type Assessment,
  type EvidenceRef
} from '@shared/assessment/assessment'
import { isoDateSchema } from '@shared/bank/primitives'
import { fileReferences } from '@shared/package/read-parts'
import type { StabilityDatabase } from '../database'
import type { AnswerRow, EvidenceBlobRow } from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { changeAssessment, editReading, type AuditedChange } from './audited-change'
import { sha256HexAsync } from '@shared/util/sha256-native'

/** A written reference as the assessor enters it (ids, who and when are added here). */
export type ReferenceInput = Omit<
  Extract<EvidenceRef, { kind: 'reference' }>,
  'kind' | 'id' | 'addedBy' | 'addedAt'
>

/** The file is larger than the configured limit; the UI offers a written reference instead. */
export class EvidenceTooLargeError extends Error {
  override readonly name = 'EvidenceTooLargeError'
  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly limit: number
  ) {
    super(`${fileName} is ${size} bytes, above the ${limit}-byte limit for evidence files`)
  }
}

const newEvidenceId = (): string => `ev-${crypto.randomUUID()}`

/** SHA-256 of a file's bytes, lower-case hex (WebCrypto: native speed, off the JS heap). */
export const sha256OfBlob = async (blob: Blob): Promise<string> =>
  sha256HexAsync(new Uint8Array(await blob.arrayBuffer()))

/**
 * Appends or removes evidence on one answer, with its audit entry (each its own: unlike typing, two
 * files added in a minute are two facts), storing `file`'s bytes when they are not stored yet.
 */
function changeEvidence(
  db: StabilityDatabase,
  target: { assessmentId: string; questionId: string },
  options: { by: string; now?: Date; file?: EvidenceBlobRow },
  update: (evidence: EvidenceRef[]) => { evidence: EvidenceRef[]; audit: EvidenceAudit }
): Promise<void> {
  const { assessmentId, questionId } = target
  const { by, now, file } = options
  const how = editReading(
    { by, now },
    file ? [db.answers, db.evidence] : [db.answers],
    () =>
      Promise.all([
        db.answers.get([assessmentId, questionId]),
        file ? db.evidence.get(file.sha256) : undefined
      ]),
    false
  )
  return changeAssessment(db, assessmentId, how, (_row, at, [previous, stored]) => {
    const { evidence, audit } = update(previous?.evidence ?? [])
    const next: AnswerRow = {
      assessmentId,
      questionId,
      value: null,
      flagged: false,
      carriedOver: false,
      ...previous,
      evidence,
      answeredBy: by,
      // Screens tell fresh rows by this stamp, so every change to an answer moves it on.
      answeredAt: at
    }
    // Content-addressed: bytes already stored under their SHA-256 are the same file.
    const storeFile = file && !stored ? [db.evidence.put(file)] : []
    return { audit, writes: [db.answers.put(next), ...storeFile] }
  })
}

type EvidenceAudit = AuditedChange<void>['audit']

/**
 * Attaches a file as evidence: the bytes are stored once as a Blob keyed by their SHA-256, and the
 * answer gets a reference to them, all in one transaction. Files above `maxBytes` are refused
 * before anything is read.
 */
export async function addEvidenceFile(
  db: StabilityDatabase,
  assessmentId: string,
  questionId: string,
  file: Blob & { name: string },
  options: { maxBytes: number; by: string; now?: Date }
): Promise<EvidenceRef> {
  if (file.size > options.maxBytes) {
    throw new EvidenceTooLargeError(file.name, file.size, options.maxBytes)
  }
  const sha256 = await guardStorage(() => sha256OfBlob(file))
  const now = options.now ?? new Date()
  const at = now.toISOString()
  const ref: EvidenceRef = {
    kind: 'file',
    id: newEvidenceId(),
    name: file.name.slice(0, 500) || sha256,
    sha256,
    size: file.size,
    ...(file.type ? { mimeType: file.type.slice(0, 200) } : {}),
    addedBy: options.by,
    addedAt: at
  }
  const stored = { sha256, blob: file, size: file.size, mimeType: file.type, storedAt: at }
  await changeEvidence(
    db,
    { assessmentId, questionId },
    { by: options.by, now, file: stored },
    (evidence) => ({
      evidence: [...evidence, ref],
      audit: { action: 'evidence.add', target: `question:${questionId}`, newValue: ref }
    })
  )
  return ref
}

/** Records a written reference (document, location, page, interviewee) as evidence. */
export async function addEvidenceReference(
  db: StabilityDatabase,
  assessmentId: string,
  questionId: string,
  input: ReferenceInput,
  options: { by: string; now?: Date }
): Promise<EvidenceRef> {
  const name = input.name.trim()
  if (name === '') throw new StorageError('invalid', 'a written reference needs a document name')
  const now = options.now ?? new Date()
  const ref: EvidenceRef = {
    kind: 'reference',
    id: newEvidenceId(),
    name,
    addedBy: options.by,
    addedAt: now.toISOString()
  }
  for (const field of ['location', 'page', 'interviewee', 'note'] as const) {
    const value = input[field]?.trim()
    if (value) ref[field] = value
  }
  await changeEvidence(db, { assessmentId, questionId }, { by: options.by, now }, (evidence) => ({
    evidence: [...evidence, ref],
    audit: { action: 'evidence.add', target: `question:${questionId}`, newValue: ref }
  }))
  return ref
}

/** The answer's piece of evidence `evidenceId`, or a not-found refusal. */
function findEvidence(
  evidence: EvidenceRef[],
  evidenceId: string,
  questionId: string
): EvidenceRef {
  const found = evidence.find((e) => e.id === evidenceId)
  if (!found) throw new StorageError('notFound', `evidence ${evidenceId} is not on ${questionId}`)
  return found
}

/**
 * Removes one piece of evidence from an answer. The stored file itself is kept: it is
 * content-addressed and may back other answers or assessments.
 */
export function removeEvidence(
  db: StabilityDatabase,
  assessmentId: string,
  questionId: string,
  evidenceId: string,
  options: { by: string; now?: Date }
): Promise<void> {
  return changeEvidence(db, { assessmentId, questionId }, options, (evidence) => {
    const removed = findEvidence(evidence, evidenceId, questionId)
    return {
      evidence: evidence.filter((e) => e.id !== evidenceId),
      audit: { action: 'evidence.remove', target: `question:${questionId}`, oldValue: removed }
    }
  })
}

/**
 * What an assessor says about a piece of evidence once it is there: the date it is valid for
 * (证据日期) and a caption. A field left out or blank is cleared.
 */
export interface EvidenceDetails {
  effectiveDate?: string
  caption?: string
}

/** The details as stored: trimmed, blanks dropped, checked against the assessment format. */
function checkedDetails(details: EvidenceDetails): EvidenceDetails {
  const effectiveDate = details.effectiveDate?.trim() || undefined
  const caption = details.caption?.trim() || undefined
  if (effectiveDate !== undefined && !isoDateSchema.safeParse(effectiveDate).success)
    throw new StorageError('invalid', `the evidence date ${effectiveDate} is not a calendar date`)
  if (caption !== undefined && caption.length > MAX_EVIDENCE_CAPTION_LENGTH)
    throw new StorageError(
      'invalid',
      `the caption has ${caption.length} characters; at most ${MAX_EVIDENCE_CAPTION_LENGTH}`
    )
  return { ...(effectiveDate && { effectiveDate }), ...(caption && { caption }) }
}

/** Sets (or clears) a piece of evidence's date and caption, audited as `evidence.update`. */
export async function updateEvidenceDetails(
  db: StabilityDatabase,
  assessmentId: string,
  questionId: string,
  evidenceId: string,
  details: EvidenceDetails,
  options: { by: string; now?: Date }
): Promise<void> {
  const wanted = checkedDetails(details)
  await changeEvidence(db, { assessmentId, questionId }, options, (evidence) => {
    const old = findEvidence(evidence, evidenceId, questionId)
    const { effectiveDate: _date, caption: _caption, ...rest } = old
    const next = { ...rest, ...wanted } as EvidenceRef
    const said = (ref: EvidenceRef) => ({
      id: ref.id,
      name: ref.name,
      effectiveDate: ref.effectiveDate,
      caption: ref.caption
    })
    return {
      evidence: evidence.map((e) => (e.id === evidenceId ? next : e)),
      audit: {
        action: 'evidence.update',
        target: `question:${questionId}`,
        oldValue: said(old),
        newValue: said(next)
      }
    }
  })
}

/** The stored bytes of an attached file, or undefined when this computer does not hold them. */
export function getEvidenceBlob(db: StabilityDatabase, sha256: string): Promise<Blob | undefined> {
  return guardStorage(async () => (await db.evidence.get(sha256))?.blob)
}

/** Files a package carried for assessments it did not write (they exist here), by SHA-256. */
export type CarriedEvidence = ReadonlyMap<string, { bytes: Uint8Array; mimeType: string }>

/**
 * Stores the carried files that `assessment` references and this computer does not hold yet —
 * and only those, so nothing is left stored that no assessment references. Call inside a
 * transaction that includes `db.evidence`, before writing the assessment.
 */
export async function storeReferencedEvidence(
  db: StabilityDatabase,
  assessment: Assessment,
  carried: CarriedEvidence,
  at: string
): Promise<void> {
  const wanted = new Set(fileReferences(assessment).map(({ ref }) => ref.sha256))
  for (const sha256 of wanted) {
    const item = carried.get(sha256)
    if (item === undefined || (await db.evidence.get(sha256))) continue
    await db.evidence.add({
      sha256,
      blob: new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: item.mimeType }),
      size: item.bytes.length,
      mimeType: item.mimeType,
      storedAt: at
    })
  }
}
