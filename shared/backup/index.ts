/**
 * Whole-database backups (docs/backup-format.md): every assessment (trash included) as a
 * one-assessment package with its evidence, every installed bank and the settings, in one zip.
 * Pure TypeScript over Uint8Array, like the package format it reuses.
 */
export {
  assembleBackup,
  assembleBackupAsync,
  backupAssessmentPart,
  backupAssessmentPartAsync
} from './write-backup'
export type {
  AssembleBackupInput,
  BackupAssessmentInput,
  BackupBankInput,
  PackedAssessment
} from './write-backup'
export {
  BACKUP_INTERNAL_ERROR,
  BACKUP_PATH,
  readBackup,
  readBackupAsync,
  readBackupManifest
} from './read-backup'
export type { BackupContents } from './read-backup'
export {
  BACKUP_KIND,
  BACKUP_MANIFEST_PATH,
  CURRENT_BACKUP_VERSION,
  backupManifestSchema
} from './manifest'
export type { BackupAssessment, BackupBank, BackupEvidence, BackupManifest } from './manifest'
