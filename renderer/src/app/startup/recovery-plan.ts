import type { BackupManifest } from '@shared/backup'
import type { StoredBackup } from '@shared/ipc/contract'
import type { OpenFailureKind } from '../../db/open-storage'

/** Where the recovery screen can restore from. */
export type RecoverySource = 'automatic' | 'file'

/** How many automatic backups the recovery screen lists (newest first). */
export const RECOVERY_BACKUP_LIMIT = 5

/**
 * What the recovery screen offers when the database cannot be opened:
 * - a full disk: nothing (a restore needs space too; freeing space and reloading is the fix);
 * - any other failure, or data from a newer app: the desktop app's automatic backups when it
 *   keeps them, and a backup file chosen by the user in every build.
 */
export function recoverySources(
  kind: OpenFailureKind,
  hasAutomaticBackups: boolean
): RecoverySource[] {
  if (kind === 'quota') return []
  return hasAutomaticBackups ? ['automatic', 'file'] : ['file']
}

/** The newest automatic backups first, at most `limit`. */
export function newestBackups(
  list: readonly StoredBackup[],
  limit = RECOVERY_BACKUP_LIMIT
): StoredBackup[] {
  return [...list]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
    .slice(0, limit)
}

/** What a backup holds, as one line of the recovery list says it. */
export interface BackupSummary {
  createdAt: string
  assessments: number
  inTrash: number
  answers: number
  /** The latest change to any assessment in it (ISO), or null when it holds none. */
  lastChange: string | null
  institutions: string[]
}

export function summarizeBackup(manifest: BackupManifest): BackupSummary {
  const live = manifest.assessments.filter((a) => a.deletedAt === undefined)
  const lastChange = manifest.assessments.reduce<string | null>(
    (latest, a) => (latest === null || a.updatedAt > latest ? a.updatedAt : latest),
    null
  )
  return {
    createdAt: manifest.createdAt,
    assessments: manifest.assessments.length,
    inTrash: manifest.assessments.length - live.length,
    answers: manifest.assessments.reduce((sum, a) => sum + a.answers, 0),
    lastChange,
    institutions: [...new Set(live.map((a) => a.institution))]
  }
}

/**
 * Which listed backup the screen suggests: the newest that could be read and holds at least one
 * assessment (an empty backup would restore nothing worth having); else the newest readable one.
 */
export function suggestedBackup<T extends { summary: BackupSummary | null }>(
  rows: readonly T[]
): T | undefined {
  return (
    rows.find((row) => row.summary !== null && row.summary.assessments > 0) ??
    rows.find((row) => row.summary !== null)
  )
}
