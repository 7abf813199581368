/** What the browser says about this app's storage (shown in Settings; DUR-08). */
export interface StorageState {
  /** Protected from eviction under storage pressure; null when the browser cannot tell. */
  persisted: boolean | null
  /** Bytes used and available to this origin; null when unknown. */
  usage: number | null
  quota: number | null
}

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>

const browserStorage = (): StorageManagerLike | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage

/** Reads the current state; every part is optional, because not every host implements it. */
export async function readStorageState(
  storage: StorageManagerLike | undefined = browserStorage()
): Promise<StorageState> {
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null
  ])
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null
  }
}

/**
 * Asks for persistent storage, so the browser (or Electron) never evicts the assessments under
 * disk pressure, then reads the state back. A refusal is not an error: it is recorded and shown.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = browserStorage()
): Promise<StorageState> {
  await storage?.persist?.().catch(() => false)
  return readStorageState(storage)
}
