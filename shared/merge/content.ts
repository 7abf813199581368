import type {
  Answer,
  AssessmentMetadata,
  AuditEntry,
  EvidenceRef,
  FactorEntry,
  FindingFeedback,
  FindingRecord
} from '../assessment/assessment'
import { canonicalFinding } from '../assessment/canonical'
import type { ScoringProfile } from '../bank/profile'
import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import type { AnswerDifference, FactorNotes, MergeSideView, MetadataContent } from './types'

/**
 * What counts as "the same" in a merge: the assessment's canonical content (shared/assessment
 * canonical.ts) item by item. Provenance (`answeredBy`, `addedAt`, …), review markers and storage
 * order never make two items differ; an empty comment equals no comment.
 */

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const nonEmpty = (text: string | undefined): string | undefined =>
  text === undefined || text === '' ? undefined : text

/** Evidence as content: without who/when added it, sorted by id. */
export function evidenceContent(list: readonly EvidenceRef[] | undefined): EvidenceRef[] {
  return (list ?? [])
    .map((ref) => {
      const { addedBy: _by, addedAt: _at, ...content } = ref
      return content as EvidenceRef
    })
    .sort((a, b) => byCodeUnits(a.id, b.id))
}

export interface AnswerContent {
  value: Answer['value']
  na?: { justification: string }
  comment?: string
  evidence: EvidenceRef[]
}

export function answerContent(answer: Answer): AnswerContent {
  return {
    value: answer.value,
    na: answer.na === undefined ? undefined : { justification: answer.na.justification },
    comment: nonEmpty(answer.comment),
    evidence: evidenceContent(answer.evidence)
  }
}

/** An answer that says nothing (no value, no N/A, no comment, no evidence) counts as absent. */
export function isEmptyAnswer(answer: Answer): boolean {
  return (
    answer.value === null &&
    answer.na === undefined &&
    nonEmpty(answer.comment) === undefined &&
    (answer.evidence ?? []).length === 0
  )
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)

/** Which parts of two answers' content differ (empty when they say the same). */
export function answerDifferences(mine: Answer, theirs: Answer): AnswerDifference[] {
  const a = answerContent(mine)
  const b = answerContent(theirs)
  const out: AnswerDifference[] = []
  if (!same(a.value, b.value)) out.push('value')
  if (!same(a.na ?? null, b.na ?? null)) out.push('na')
  if (a.comment !== b.comment) out.push('comment')
  if (!same(a.evidence, b.evidence)) out.push('evidence')
  return out
}

export function factorNotes(entry: FactorEntry): FactorNotes {
  return { comment: nonEmpty(entry.comment), evidence: evidenceContent(entry.evidence) }
}

export const hasNotes = (notes: FactorNotes): boolean =>
  notes.comment !== undefined || notes.evidence.length > 0

/**
 * A finding record as content (the canonical content's, see canonicalFinding), without the
 * auditee's feedback: that is merged as an item of its own (`feedback:<findingId>`), because it
 * comes from the assessed department, not from the assessors.
 */
export function findingContent(finding: FindingRecord): FindingRecord {
  const { feedback: _feedback, ...content } = canonicalFinding(finding)
  return content
}

/** The record without its feedback: what a `finding` item carries. */
export function withoutFeedback(finding: FindingRecord): FindingRecord {
  const { feedback: _feedback, ...rest } = finding
  return rest
}

/** The auditee's feedback as content (canonical, without when it was taken in). */
export function feedbackContent(feedback: FindingFeedback): FindingFeedback {
  return canonicalFinding({ findingId: 'q:x', status: 'open', feedback }).feedback!
}

/** A record that says nothing but "open" (only there to hold feedback). */
export function isBareFinding(finding: FindingRecord): boolean {
  return (
    canonicalJson(findingContent(finding)) ===
    canonicalJson({ findingId: finding.findingId, status: 'open' })
  )
}

export function metadataContent(metadata: AssessmentMetadata): MetadataContent {
  const { assessors: _assessors, ...rest } = metadata
  return rest
}

/** A profile is large; the audit log names it by id, version and content hash. */
export function profileSummary(profile: ScoringProfile): Record<string, string> {
  return {
    id: profile.id,
    version: profile.version,
    contentHash: sha256Hex(canonicalJson(profile))
  }
}

/** Whether two items have the same content (canonical JSON equality). */
export function sameContent(a: unknown, b: unknown): boolean {
  return same(a, b)
}

/** Who last touched each audit target, and when: the fallback provenance for a side view. */
export function lastTouches(log: readonly AuditEntry[]): Map<string, { by: string; at: string }> {
  const touches = new Map<string, { by: string; at: string; time: number }>()
  for (const entry of log) {
    if (entry.target === undefined) continue
    const time = Date.parse(entry.at)
    const known = touches.get(entry.target)
    if (known === undefined || time >= known.time)
      touches.set(entry.target, { by: entry.by, at: entry.at, time })
  }
  return new Map([...touches].map(([target, { by, at }]) => [target, { by, at }]))
}

/** A side view, leaving out provenance that is unknown. */
export function sideView<T>(
  item: T,
  by: string | undefined,
  at: string | undefined,
  comment: string | undefined,
  evidence: readonly EvidenceRef[] | undefined
): MergeSideView<T> {
  const view: MergeSideView<T> = { item, evidence: [...(evidence ?? [])] }
  if (by !== undefined) view.by = by
  if (at !== undefined) view.at = at
  if (nonEmpty(comment) !== undefined) view.comment = comment
  return view
}
