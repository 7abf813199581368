import type { Assessment } from '@shared/assessment/assessment'
import type { BackupContents } from '@shared/backup'
import type { PackageContents } from '@shared/package'
import type { ValidationIssue } from '@shared/util/validation'

export type FileCheckKind = 'package' | 'backup'

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
  | { type: 'backup'; rest: Omit<BackupContents, 'assessments'> }
