import type { AnswerValue, EvidenceRef } from '@shared/assessment/assessment'
import type { AnswerChange } from '../../db/repos/answers'
import type { AnswerRow } from '../../db/schema'
import { overlayActive, type PendingView } from '../workspace/autosave'

/** One answer as the screen shows it: what is stored, with changes not yet stored laid over it. */
export interface AnswerView {
  value: AnswerValue
  na: { justification: string } | undefined
  comment: string
  flagged: boolean
  carriedOver: boolean
  evidence: readonly EvidenceRef[]
}

const NO_EVIDENCE: readonly EvidenceRef[] = []

/**
 * The stored answer, overlaid with the pending change while it is being written, has failed, or
 * the live query has not yet re-read it. Stored data stays the source of truth: the overlay holds
 * only what has not reached it yet.
 */
export function answerView(
  stored: AnswerRow | undefined,
  pending: PendingView<AnswerChange> | undefined
): AnswerView {
  const change = overlayActive(pending, stored?.answeredAt) ? (pending?.change ?? {}) : {}
  const has = (field: keyof AnswerChange): boolean => field in change
  const valueChanged = has('value') || has('na')
  return {
    value: has('value') ? (change.value ?? null) : (stored?.value ?? null),
    na: has('na') ? change.na : stored?.na,
    comment: (has('comment') ? change.comment : stored?.comment) ?? '',
    flagged: (has('flagged') ? change.flagged : stored?.flagged) ?? false,
    // Changing the value confirms a carried-over answer (as saveAnswer does on commit).
    carriedOver: has('carriedOver')
      ? (change.carriedOver ?? false)
      : !valueChanged && (stored?.carriedOver ?? false),
    evidence: stored?.evidence ?? NO_EVIDENCE
  }
}
