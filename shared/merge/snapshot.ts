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
  switch (conflict.kind) {
    case 'answer': {
      const view = conflict[side]
      return withProvenance(answerContent(view.item), view)
    }
    case 'factorInput': {
      const view = conflict[side]
      return withProvenance({ value: view.item }, view)
    }
    case 'factorNotes': {
      const view = conflict[side]
      return withProvenance(view.item, view)
    }
    case 'finding': {
      const view = conflict[side]
      return withProvenance(findingContent(view.item), view)
    }
    case 'feedback': {
      const view = conflict[side]
      return withProvenance(feedbackContent(view.item), view)
    }
    case 'narrative': {
      const view = conflict[side]
      return withProvenance({ text: view.item }, view)
    }
    case 'metadata':
      return { ...conflict[side].item }
    case 'profile':
      return profileSummary(conflict[side].item)
    case 'register': {
      const view = conflict[side]
      return withProvenance(holdingSnapshot(view.item), view)
    }
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
