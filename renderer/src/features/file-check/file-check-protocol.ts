import type { Assessment } from '@shared/assessment/assessment'
import type { BackupContents } from '@shared/backup'
import type { PackageContents } from '@shared/package'
import type { ValidationIssue } from '@shared/util/validation'

export type FileCheckKind = 'package' | 'backup'

type BackupEvidenceItem = BackupContents['evidence'] extends Map<string, infer V> ? V : never

export interface FileCheckRequest {
  kind: FileCheckKind
  /** Transferred to the worker (the caller's copy is detached). */
  bytes: Uint8Array
  /** For an encrypted file: decrypted here, in the worker, before the checks. Never stored. */
  passphrase?: string
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
