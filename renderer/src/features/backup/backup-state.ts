import type { StabilityDatabase } from '../../db/database'
import { latestChangeAt } from '../../db/repos/assessments'

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

/** Whether `latest` (the newest change to any assessment, latestChangeAt) is after the last backup. */
export function changedSinceBackup(latest: string | null): boolean {
  if (latest === null) return false
  const last = lastBackupAt()
  return last === null || Date.parse(latest) > Date.parse(last)
}

/** Whether something changed after the last backup. */
export async function hasUnbackedChanges(db: StabilityDatabase): Promise<boolean> {
  return changedSinceBackup(await latestChangeAt(db))
}

/**
 * Starts the reminder's clock when changes not in a backup are first seen (not at the data's own
 * dates, which an imported or sample assessment may set years back).
 */
export function noteUnbackedChanges(latest: string | null, now: Date = new Date()): void {
  if (changedSinceBackup(latest) && read(FIRST_UNBACKED_KEY) === null) {
    write(FIRST_UNBACKED_KEY, now.toISOString())
  }
}

/**
 * Whether the browser build should remind the user to download a backup: there are changes not
 * in a backup, and for at least BACKUP_REMINDER_DAYS since they were first seen
 * (noteUnbackedChanges) neither a backup was made nor the reminder dismissed.
 */
export function backupReminderDue(latest: string | null, now: Date = new Date()): boolean {
  if (!changedSinceBackup(latest)) return false
  const times = [read(FIRST_UNBACKED_KEY) ?? now.toISOString(), lastBackupAt(), read(DISMISSED_KEY)]
    .filter((value): value is string => value !== null)
    .map((value) => Date.parse(value))
    .filter((value) => !Number.isNaN(value))
  return now.getTime() - Math.max(...times) >= BACKUP_REMINDER_DAYS * DAY_MS
}

/** Hides the reminder for another BACKUP_REMINDER_DAYS. */
export function dismissBackupReminder(now: Date = new Date()): void {
  write(DISMISSED_KEY, now.toISOString())
}
