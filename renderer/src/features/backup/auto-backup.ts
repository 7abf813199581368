import type { StabilityDatabase } from '../../db/database'
import { finalizedSince } from '../../db/repos/backup'
import { loadAutoBackupKeep } from '../../db/repos/backup-settings'
import type { AutoBackupStore } from '../../platform/platform'
import { autoBackupSealing } from './auto-backup-key'
import { writeBackupFile } from './backup-file'
import { hasUnbackedChanges, lastBackupAt, recordBackup } from './backup-state'

/** While there are changes not in a backup, an automatic backup is written this often. */
export const AUTO_BACKUP_INTERVAL_MS = 5 * 60 * 1000
/** How often the scheduler looks for changes (and for a fresh finalization). */
export const AUTO_BACKUP_CHECK_MS = 30 * 1000

export type AutoBackupReason = 'interval' | 'finalize' | 'quit' | 'startup'

let running: Promise<boolean> | null = null

/**
 * Writes one automatic backup through main if there is anything not yet in a backup (or `force`).
 * One at a time: a call while one runs waits for it. Resolves whether a backup was written: not
 * when a passphrase is set but not entered in this session (nothing is written in plain text).
 */
export function runAutoBackup(
  db: StabilityDatabase,
  store: AutoBackupStore,
  reason: AutoBackupReason,
  generator: string,
  force = false
): Promise<boolean> {
  running ??= (async () => {
    try {
      if (!force && !(await hasUnbackedChanges(db))) return false
      // A passphrase set but not entered in this session: nothing is built or written.
      const sealing = await autoBackupSealing(db)
      if (sealing.state === 'paused') return false
      const now = new Date()
      const [written, keep] = await Promise.all([
        writeBackupFile(db, {
          generator,
          now,
          seal: sealing.state === 'sealed' ? { key: sealing.key } : null
        }),
        loadAutoBackupKeep(db)
      ])
      // Main writes the file: its bytes cross the bridge.
      await store.write(new Uint8Array(await written.arrayBuffer()), keep, reason)
      recordBackup(now)
      return true
    } finally {
      running = null
    }
  })()
  return running
}

/**
 * What the scheduler should do now: back up at once after a finalization, every
 * AUTO_BACKUP_INTERVAL_MS while there are unbacked changes, otherwise nothing.
 */
export async function dueReason(
  db: StabilityDatabase,
  now: Date = new Date()
): Promise<AutoBackupReason | null> {
  if (!(await hasUnbackedChanges(db))) return null
  const last = lastBackupAt()
  if (await finalizedSince(db, last)) return 'finalize'
  if (last === null || now.getTime() - Date.parse(last) >= AUTO_BACKUP_INTERVAL_MS)
    return 'interval'
  return null
}
