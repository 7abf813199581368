import type {
  Answer,
  AssessmentMetadata,
  AuditEntry,
  EvidenceRef,
  FactorEntry,
  FindingFeedback,
  FigureOverride,
  FindingRecord,
  StoredRegister
} from '../assessment/assessment'
import type { NarrativePart } from '../assessment/report-fields'
import type { ScoringProfile } from '../bank/profile'
import type { FigureChange } from '../registers/factor-writes'
import type { RegisterKindId } from '../registers/kinds'

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

/**
 * A register as one copy holds it: the file with its rows, and the figures typed over the ones it
 * gives (by figure key, with reason, who and when). A register travels whole, with its overrides.
 */
export interface RegisterHolding {
  register: StoredRegister
  overrides: Record<string, FigureOverride>
}

/** What a register item adds to a conflict or a take: its kind and the figures it changes. */
interface RegisterItem {
  registerKind: RegisterKindId
  /**
   * The figures in force (an override's value, else the register's) that change when theirs
   * replaces mine — measured under mine's period and key systems.
   */
  figures: FigureChange[]
}

/** Metadata apart from `assessors`, which are united automatically. */
export type MetadataContent = Omit<AssessmentMetadata, 'assessors'>

interface ConflictBase<K extends string, T> {
  /** Also the audit target: `question:A1.01`, `factor:F01.N_fault`, `factor:F01`, `finding:q:C3.01`, `feedback:q:C3.01`, `narrative:overview`, `metadata`, `profile`, `register:incidents`. */
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
  | (ConflictBase<'register', RegisterHolding> & RegisterItem)

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
  | (TakeBase<'register', RegisterHolding> & RegisterItem)

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
