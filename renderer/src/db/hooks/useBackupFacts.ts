import { countAssessments, latestChangeAt } from '../repos/assessments'
import {
  DEFAULT_AUTO_BACKUP_KEEP,
  loadAutoBackupCheck,
  loadAutoBackupKeep
} from '../repos/backup-settings'
import { useDatabaseQuery, type LiveResult } from './live-query'

/*
 * What the backup reminder, the restore offer and the automatic-backup setting need, live. They
 * are advisory: a storage failure reads as "nothing to say" (no reminder, no offer, the default)
 * instead of failing the screen around them, whose own queries report it.
 */

/** The newest change to any assessment (ISO; null for an empty database). */
export function useLatestChangeAt(): LiveResult<string | null> {
  return useDatabaseQuery((db) => latestChangeAt(db).catch(() => null), [])
}

/** Whether no assessment is stored, the trash included (false when storage fails). */
export function useDatabaseEmpty(): LiveResult<boolean> {
  return useDatabaseQuery(
    (db) =>
      countAssessments(db).then(
        (count) => count === 0,
        () => false
      ),
    []
  )
}

/** How many automatic backups are kept (the default when storage fails). */
export function useAutoBackupKeep(): LiveResult<number> {
  return useDatabaseQuery((db) => loadAutoBackupKeep(db).catch(() => DEFAULT_AUTO_BACKUP_KEEP), [])
}

/** Whether automatic backups are encrypted (a passphrase is set; false when storage fails). */
export function useAutoBackupEncrypted(): LiveResult<boolean> {
  return useDatabaseQuery(
    (db) =>
      loadAutoBackupCheck(db).then(
        (check) => check !== null,
        () => false
      ),
    []
  )
}
