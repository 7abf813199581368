import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'

/*
 * The automatic-backup setting, apart from the backup reader and writer: the reminder and the
 * settings panel read it at start-up, and must not carry the backup code into the first screen.
 */

/** The settings key for how many automatic backups the desktop app keeps. */
export const AUTO_BACKUP_KEEP_KEY = 'autoBackupKeep'
export const DEFAULT_AUTO_BACKUP_KEEP = 10

/** How many automatic backups to keep (1–100; default 10). */
export async function loadAutoBackupKeep(db: StabilityDatabase): Promise<number> {
  const row = await guardStorage(() => db.settings.get(AUTO_BACKUP_KEEP_KEY))
  const value = row?.value
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100
    ? value
    : DEFAULT_AUTO_BACKUP_KEEP
}

export function saveAutoBackupKeep(db: StabilityDatabase, keep: number): Promise<void> {
  const value = Math.min(100, Math.max(1, Math.round(keep)))
  return guardStorage(async () => {
    await db.settings.put({ key: AUTO_BACKUP_KEEP_KEY, value })
  })
}

/**
 * The settings key of the check container of the automatic-backup passphrase (base64; absent when
 * automatic backups are not encrypted). Never the passphrase itself (features/backup/auto-backup-key).
 */
export const AUTO_BACKUP_CHECK_KEY = 'autoBackupPassphraseCheck'
/** Longest check container accepted from storage (a header, 54 bytes of check text and a tag). */
const MAX_CHECK_BYTES = 512

/** The stored check container; null when automatic backups are not encrypted. */
export async function loadAutoBackupCheck(db: StabilityDatabase): Promise<Uint8Array | null> {
  const row = await guardStorage(() => db.settings.get(AUTO_BACKUP_CHECK_KEY))
  const value = row?.value
  if (typeof value !== 'string' || value === '' || value.length > MAX_CHECK_BYTES * 2) return null
  try {
    return Uint8Array.from(atob(value), (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

export function saveAutoBackupCheck(
  db: StabilityDatabase,
  check: Uint8Array | null
): Promise<void> {
  return guardStorage(async () => {
    if (check === null) await db.settings.delete(AUTO_BACKUP_CHECK_KEY)
    else
      await db.settings.put({
        key: AUTO_BACKUP_CHECK_KEY,
        value: btoa(String.fromCharCode(...check))
      })
  })
}
