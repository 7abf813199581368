import { getDatabase, type StabilityDatabase } from './database'
import { guardStorage, StorageError } from './storage-error'

/** Why the database could not be opened, as the recovery screen explains it. */
export type OpenFailureKind = 'newerVersion' | 'quota' | 'open'

/** Dexie stores version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10

/** The stored schema version, read without opening (opening may create or upgrade). */
async function storedVersion(name: string): Promise<number | undefined> {
  const databases = await indexedDB.databases?.().catch(() => undefined)
  const version = databases?.find((database) => database.name === name)?.version
  return version === undefined ? undefined : version / DEXIE_VERSION_FACTOR
}

/**
 * Opens the app's database (running any pending migration); failures become StorageErrors.
 * Data written by a newer app (a higher schema version) is refused before Dexie sees it: Dexie 4
 * would open it anyway, adding this version's tables to it (DUR-09).
 */
export async function openStorage(): Promise<StabilityDatabase> {
  const db = getDatabase()
  const stored = await storedVersion(db.name)
  if (stored !== undefined && stored > db.verno) {
    const cause = Object.assign(new Error(`stored schema ${stored} > ${db.verno}`), {
      name: 'VersionError'
    })
    throw new StorageError('open', 'the data was written by a newer version of the app', {
      cause
    })
  }
  await guardStorage(() => db.open())
  return db
}

/** Classifies an open failure: data from a newer app, a full disk, or anything else. */
export function openFailureKind(error: unknown): OpenFailureKind {
  if (error instanceof StorageError && error.code === 'quota') return 'quota'
  const cause = error instanceof StorageError ? error.cause : error
  const name = (cause as { name?: string } | null)?.name ?? ''
  const inner = (cause as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'VersionError' || inner === 'VersionError') return 'newerVersion'
  return 'open'
}
