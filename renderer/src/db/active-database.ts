/** The app's database when no restore pointed elsewhere. */
export const DATABASE_NAME = 'stability-assessor'

/**
 * Which IndexedDB database the app opens. Normally `stability-assessor`; after a restore from the
 * recovery screen (the database could not be opened), the restored copy, whose name this pointer
 * in localStorage holds. IndexedDB cannot rename or copy a database it cannot open, so the broken
 * one is left untouched under its own name and the restore goes into a new one
 * (docs/backup-format.md, "Restoring when the database cannot be opened").
 */
export const ACTIVE_DATABASE_KEY = 'stability-assessor.database'

/** The names a restore creates: `stability-assessor-restored-20250721T080000123`. */
const RESTORED_NAME = new RegExp(`^${DATABASE_NAME}-restored-\\d{8}T\\d{9}$`)

type PointerStorage = Pick<Storage, 'getItem' | 'setItem'>

function defaultStorage(): PointerStorage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    // Access itself throws where storage is disabled.
    return undefined
  }
}

/** The database to open: the pointer when it names a restored copy, otherwise the default. */
export function activeDatabaseName(storage = defaultStorage()): string {
  const stored = readPointer(storage)
  return stored !== null && RESTORED_NAME.test(stored) ? stored : DATABASE_NAME
}

function readPointer(storage: PointerStorage | undefined): string | null {
  try {
    return storage?.getItem(ACTIVE_DATABASE_KEY) ?? null
  } catch {
    return null
  }
}

/** A fresh name for a restored copy, sortable by when it was made (UTC). */
export function restoredDatabaseName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.(\d{3})Z$/, '$1')
  return `${DATABASE_NAME}-restored-${stamp}`
}

/** Points the next start-up at a restored copy (only once it was verified). */
export function setActiveDatabaseName(name: string, storage = defaultStorage()): void {
  if (!RESTORED_NAME.test(name)) throw new Error(`not a restored database name: ${name}`)
  if (!storage) throw new Error('localStorage is not available')
  storage.setItem(ACTIVE_DATABASE_KEY, name)
}
