import type { StabilityDatabase } from '../../db/database'

/**
 * When the last backup was made, kept outside IndexedDB (localStorage) so that recording it never
 * changes the database it describes. Per origin: one value for the browser build, one for the app.
 */
const LAST_BACKUP_KEY = 'stability-assessor.backup.lastAt'
const FIRST_UNBACKED_KEY = 'stability-assessor.backup.firstUnbackedSeenAt'
const DISMISSED_KEY = 'stability-assessor.backup.reminderDismissedAt'

/** Days without a backup (while there are changes) before the browser build reminds the user. */
export const BACKUP_REMINDER_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Private modes may refuse storage: the reminder then simply shows again next time.
  }
}

export const lastBackupAt = (): string | null => read(LAST_BACKUP_KEY)

/** Records a completed backup (downloaded, saved or written automatically). */
export function recordBackup(at: Date = new Date()): void {
  write(LAST_BACKUP_KEY, at.toISOString())
  write(FIRST_UNBACKED_KEY, null)
}

/** The newest change to any assessment (ISO), or null for an empty database. */
export async function latestChangeAt(db: StabilityDatabase): Promise<string | null> {
  const keys = await db.assessments.orderBy('updatedAt').reverse().limit(1).keys()
  return keys.length > 0 ? String(keys[0]) : null
}

/** Whether something changed after the last backup. */
export async function hasUnbackedChanges(db: StabilityDatabase): Promise<boolean> {
  const latest = await latestChangeAt(db)
  if (latest === null) return false
  const last = lastBackupAt()
  return last === null || Date.parse(latest) > Date.parse(last)
}

/**
 * Whether the browser build should remind the user to download a backup: there are changes not
 * in a backup, and for at least BACKUP_REMINDER_DAYS neither a backup was made nor the reminder
 * dismissed. The clock starts when unbacked changes are first seen (not at the data's own dates,
 * which an imported or sample assessment may set years back).
 */
export async function shouldRemindToBackUp(
  db: StabilityDatabase,
  now: Date = new Date()
): Promise<boolean> {
  if (!(await hasUnbackedChanges(db))) return false
  let since = read(FIRST_UNBACKED_KEY)
  if (since === null) {
    since = now.toISOString()
    write(FIRST_UNBACKED_KEY, since)
  }
  const times = [since, lastBackupAt(), read(DISMISSED_KEY)]
    .filter((value): value is string => value !== null)
    .map((value) => Date.parse(value))
    .filter((value) => !Number.isNaN(value))
  return now.getTime() - Math.max(...times) >= BACKUP_REMINDER_DAYS * DAY_MS
}

/** Hides the reminder for another BACKUP_REMINDER_DAYS. */
export function dismissBackupReminder(now: Date = new Date()): void {
  write(DISMISSED_KEY, now.toISOString())
}
