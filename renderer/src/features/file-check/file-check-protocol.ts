import type { Assessment } from '@shared/assessment/assessment'
import type { BackupContents, BackupManifest } from '@shared/backup'
import type { PackageContents } from '@shared/package'
import type { ValidationIssue } from '@shared/util/validation'
import type { StorageErrorCode } from '../../db/storage-error'
import type { PhaseMarks } from './phase-marks'

export type FileCheckKind = 'package' | 'backup'

type BackupEvidenceItem = BackupContents['evidence'] extends Map<string, infer V> ? V : never

export interface FileCheckRequest {
  kind: FileCheckKind
  /** Transferred to the worker (the caller's copy is detached). */
  bytes: Uint8Array
  /** For an encrypted file: decrypted here, in the worker, before the checks. Never stored. */
  passphrase?: string
  /**
   * A backup to restore: the worker keeps the checked contents and replies `held` with only its
   * preview; a `restore` request then writes it (held-backup.ts).
   */
  hold?: true
}

/** After `held`: write the held backup into the database of that name (replacing its data). */
export interface HeldBackupRestore {
  type: 'restore'
  databaseName: string
}

/** What the restore dialog shows of a checked backup (RestoreConfirmModal). */
export interface BackupPreview {
  manifest: BackupManifest
  /** Evidence files the backup holds. */
  evidenceFiles: number
}

/** In order: the assessments one by one, then the rest (or a refusal, or an error). */
export type FileCheckReply =
  | { type: 'refused'; issues: ValidationIssue[] }
  | { type: 'error'; message: string }
  | { type: 'assessment'; assessment: Assessment }
  | { type: 'package'; rest: Omit<PackageContents, 'assessments'> }
  | { type: 'backupAssessment'; item: BackupContents['assessments'][number] }
  /** A slice of a backup's evidence files (their buffers transferred), before `backup`. */
  | { type: 'backupEvidence'; entries: Array<[string, BackupEvidenceItem]> }
  /** The rest of a backup; its evidence came in `backupEvidence` slices. */
  | { type: 'backup'; rest: Omit<BackupContents, 'assessments' | 'evidence'> }

/** The replies to a `hold` request, and to the `restore` that may follow. */
export type HeldBackupReply =
  | { type: 'refused'; issues: ValidationIssue[] }
  | { type: 'error'; message: string }
  /** The backup passed every check and is kept in the worker: what the page shows of it. */
  | { type: 'held'; preview: BackupPreview }
  /** The held backup is written (one transaction), or why not; the worker's phase marks. */
  | { type: 'restored'; marks: PhaseMarks }
  | { type: 'restoreFailed'; code: StorageErrorCode; message: string; marks: PhaseMarks }
