import type { AuditEntry } from '../assessment/assessment'
import { canonicalJson } from '../util/canonical-json'
import { answerContent, feedbackContent, findingContent, profileSummary } from './content'
import { holdingSnapshot } from './registers'
import type { MergeConflict, MergeSide, MergeSideView } from './types'

/**
 * How a merge decision is written into the audit log: `oldValue` is the version that lost,
 * `newValue` the version that stands, each as its content plus `by`/`at` provenance. The same
 * snapshots let a later merge recognise a conflict it has already decided (see settledBy).
 */

function withProvenance(content: object, view: MergeSideView<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...content }
  if (view.by !== undefined) out.by = view.by
  if (view.at !== undefined) out.at = view.at
  return out
}

/** One side of a conflict as the audit log records it. */
export function conflictSnapshot(
  conflict: MergeConflict,
  side: MergeSide
): Record<string, unknown> {
  // The metadata and the scoring profile are recorded without by/at.
  if (conflict.kind === 'metadata') return { ...conflict[side].item }
  if (conflict.kind === 'profile') return profileSummary(conflict[side].item)
  return withProvenance(itemContent(conflict, side), conflict[side])
}

/** The content of one side's item, without its provenance. */
function itemContent(
  conflict: Exclude<MergeConflict, { kind: 'metadata' | 'profile' }>,
  side: MergeSide
): object {
  switch (conflict.kind) {
    case 'answer':
      return answerContent(conflict[side].item)
    case 'factorInput':
      return { value: conflict[side].item }
    case 'factorNotes':
      return conflict[side].item
    case 'finding':
      return findingContent(conflict[side].item)
    case 'feedback':
      return feedbackContent(conflict[side].item)
    case 'narrative':
      return { text: conflict[side].item }
    case 'register':
      return holdingSnapshot(conflict[side].item)
  }
}

/** Canonical JSON of a snapshot without its provenance; null for anything that is not one. */
export function contentFingerprint(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const { by: _by, at: _at, ...content } = value as Record<string, unknown>
  try {
    return canonicalJson(content)
  } catch {
    return null
  }
}

/**
 * The earlier merge decision that kept mine against exactly this version of theirs, if mine is
 * still what that decision kept: the conflict is then already settled and is not asked again.
 * `decisions` holds mine's `assessment.merge` entries by target, oldest first.
 */
export function settledBy(
  conflict: MergeConflict,
  decisions: ReadonlyMap<string, readonly AuditEntry[]>
): AuditEntry | undefined {
  const entries = decisions.get(conflict.key)
  if (entries === undefined) return undefined
  const mine = contentFingerprint(conflictSnapshot(conflict, 'mine'))
  const theirs = contentFingerprint(conflictSnapshot(conflict, 'theirs'))
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!
    if (
      contentFingerprint(entry.newValue) === mine &&
      contentFingerprint(entry.oldValue) === theirs
    )
      return entry
  }
  return undefined
}
