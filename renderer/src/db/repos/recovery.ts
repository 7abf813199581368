import { Dexie } from 'dexie'
import { assessmentContentHash } from '@shared/assessment'
import type { BackupContents } from '@shared/backup'
import { restoredDatabaseName, setActiveDatabaseName } from '../active-database'
import { openDatabase, type StabilityDatabase } from '../database'
import { guardStorage, StorageError } from '../storage-error'
import { loadAssessment } from './assessments'
import { restoreBackup } from './restore'

/**
 * Checks that a restored database holds exactly the backup: every assessment with the same
 * canonical content hash and trash state, every evidence file, bank and setting. Throws
 * StorageError('invalid') naming the first difference.
 */
export async function verifyRestored(
  db: StabilityDatabase,
  contents: BackupContents
): Promise<void> {
  const differs = (what: string): never => {
    throw new StorageError('invalid', `the restored copy differs from the backup: ${what}`)
  }
  const [assessments, evidence, banks, settings] = await guardStorage(() =>
    Promise.all([
      db.assessments.count(),
      db.evidence.count(),
      db.banks.count(),
      db.settings.count()
    ])
  )
  if (assessments !== contents.assessments.length) differs('number of assessments')
  if (evidence !== contents.evidence.size) differs('number of evidence files')
  if (banks !== contents.banks.length) differs('number of question banks')
  if (settings !== contents.settings.length) differs('number of settings')
  for (const { assessment, deletedAt } of contents.assessments) {
    const stored = await loadAssessment(db, assessment.id)
    const row = await guardStorage(() => db.assessments.get(assessment.id))
    if (!stored || assessmentContentHash(stored) !== assessmentContentHash(assessment))
      differs(`assessment ${assessment.id}`)
    if (row?.deletedAt !== deletedAt) differs(`trash state of assessment ${assessment.id}`)
  }
}

export interface RecoveryRestoreOptions {
  now?: Date
  /** Where the pointer to the restored copy goes (default: localStorage). */
  storage?: Pick<Storage, 'getItem' | 'setItem'>
}

/**
 * Restores a checked backup when the app's database cannot be opened. IndexedDB can neither
 * rename nor copy a database it cannot open, so the broken one is left exactly as it is and the
 * backup goes into a NEW database (`stability-assessor-restored-<UTC time>`). Only once that copy
 * is verified against the backup does the pointer in localStorage switch the app to it; until
 * then (an error, a crash, a kill) the app keeps opening the old one and offers recovery again.
 * A copy that failed is deleted — it is ours and holds nothing that is not in the backup file.
 * Returns the new database's name.
 */
export async function restoreIntoNewDatabase(
  contents: BackupContents,
  options: RecoveryRestoreOptions = {}
): Promise<string> {
  const name = restoredDatabaseName(options.now ?? new Date())
  const db = openDatabase(name)
  try {
    await guardStorage(() => db.open())
    await restoreBackup(db, contents)
    await verifyRestored(db, contents)
    db.close()
    setActiveDatabaseName(name, options.storage)
    return name
  } catch (error) {
    db.close()
    await Dexie.delete(name).catch(() => undefined)
    throw error
  }
}
