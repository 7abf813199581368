/** Why a storage operation failed, in terms the UI can explain (the message texts live in i18n). */
export type StorageErrorCode = 'quota' | 'open' | 'readOnly' | 'notFound' | 'invalid' | 'unknown'

export class StorageError extends Error {
  readonly code: StorageErrorCode

  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageError'
    this.code = code
  }
}

/** A StorageError's code, to rebuild it in another thread (others are 'unknown'). */
export const storageErrorCode = (error: unknown): StorageErrorCode =>
  error instanceof StorageError ? error.code : 'unknown'

/** Maps IndexedDB/Dexie failures to a StorageError; our own StorageErrors pass through unchanged. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = (error as { name?: string } | null)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError('quota', message, { cause: error })
  }
  if (
    ['OpenFailedError', 'DatabaseClosedError', 'VersionError', 'InvalidStateError'].includes(name)
  ) {
    return new StorageError('open', message, { cause: error })
  }
  return new StorageError('unknown', message, { cause: error })
}

/** Runs a storage operation and turns any failure into a StorageError. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    throw toStorageError(error)
  }
}
