import type {
  Answer,
  AssessmentMetadata,
  AuditEntry,
  EvidenceRef,
  FactorEntry,
  FindingFeedback,
  FindingRecord
} from '../assessment/assessment'
import type { NarrativePart } from '../assessment/report-fields'
import type { ScoringProfile } from '../bank/profile'

/** Which copy a resolution keeps. */
export type MergeSide = 'mine' | 'theirs'

/** A conflict key → the side the lead chose. Keys are MergeConflict['key']. */
export type MergeResolutions = Readonly<Record<string, MergeSide>>

/**
 * One side of a conflict or of an automatic take, as the merge view shows it: the item, who
 * changed it last and when (from `answeredBy`/`updatedBy`, else the side's audit log), its comment
 * and its evidence.
 */
export interface MergeSideView<T> {
  item: T
  by?: string
  at?: string
  comment?: string
  evidence: EvidenceRef[]
}

/** What differs between the two sides of an answer conflict, for highlighting. */
export type AnswerDifference = 'value' | 'na' | 'comment' | 'evidence'

/** The comment and evidence of a factor entry, merged apart from its input values. */
export interface FactorNotes {
  comment?: string
  evidence: EvidenceRef[]
}

/** Metadata apart from `assessors`, which are united automatically. */
export type MetadataContent = Omit<AssessmentMetadata, 'assessors'>

interface ConflictBase<K extends string, T> {
  /** Also the audit target: `question:A1.01`, `factor:F01.N_fault`, `factor:F01`, `finding:q:C3.01`, `feedback:q:C3.01`, `narrative:overview`, `metadata`, `profile`. */
  key: string
  kind: K
  mine: MergeSideView<T>
  theirs: MergeSideView<T>
}

/** Something both copies have and that differs: the lead must choose mine or theirs. */
export type MergeConflict =
  | (ConflictBase<'answer', Answer> & { questionId: string; differences: AnswerDifference[] })
  | (ConflictBase<'factorInput', number | null> & {
      factorId: string
      inputId: string
      /** The key system whose input it is (a factor entered per system). */
      systemId?: string
    })
  | (ConflictBase<'factorNotes', FactorNotes> & { factorId: string })
  | (ConflictBase<'finding', FindingRecord> & { findingId: string })
  | (ConflictBase<'feedback', FindingFeedback> & { findingId: string })
  | (ConflictBase<'narrative', string> & { part: NarrativePart })
  | ConflictBase<'metadata', MetadataContent>
  | ConflictBase<'profile', ScoringProfile>

interface TakeBase<K extends string, T> {
  key: string
  kind: K
  theirs: MergeSideView<T>
}

/** Something only theirs has (or mine has only empty): taken without asking. */
export type MergeTake =
  | (TakeBase<'answer', Answer> & { questionId: string })
  | (TakeBase<'factorEntry', FactorEntry> & { factorId: string })
  | (TakeBase<'factorInput', number> & { factorId: string; inputId: string; systemId?: string })
  | (TakeBase<'factorNotes', FactorNotes> & { factorId: string })
  | (TakeBase<'finding', FindingRecord> & { findingId: string })
  | (TakeBase<'feedback', FindingFeedback> & { findingId: string })
  | (TakeBase<'narrative', string> & { part: NarrativePart })

/** A conflict an earlier merge already decided for mine, with both sides unchanged since. */
export interface SettledConflict {
  key: string
  /** The audit entry that recorded the decision. */
  decidedBy: AuditEntry
}

/** Everything a merge of theirs into mine would do. Pure data: show it, then applyMerge. */
export interface MergePlan {
  assessmentId: string
  /** Canonical content hash of mine when planned; applyMerge refuses a plan for a changed copy. */
  basedOn: string
  takes: MergeTake[]
  conflicts: MergeConflict[]
  settled: SettledConflict[]
  /** Theirs' audit entries mine lacks, or holds in an older version (same id, earlier time). */
  auditToAdd: AuditEntry[]
  /** Theirs' assessors mine does not list, in theirs' order. */
  assessorsToAdd: string[]
  /** For the merge view's header. */
  theirs: { assessors: string[]; updatedAt: string; status: string }
}

/** Why two copies cannot be merged. */
export type MergeRefusal =
  | { reason: 'differentAssessment'; message: string }
  | { reason: 'differentBank'; message: string }
  | { reason: 'finalized'; message: string }
  | { reason: 'invalid'; message: string }

export type MergePlanResult = { ok: true; plan: MergePlan } | ({ ok: false } & MergeRefusal)
