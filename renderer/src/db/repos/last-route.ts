import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'

/** Kept beside the settings rows, under a key the settings loader ignores. */
const KEY = 'lastRoute'

/**
 * The last screen the assessor was on, for the next start. Stored in IndexedDB rather than
 * localStorage: Chromium flushes localStorage lazily, so a kill right after a navigation could
 * forget it, while an IndexedDB commit survives (the kill test relies on this).
 */
export function saveLastRoute(db: StabilityDatabase, route: string): Promise<void> {
  return guardStorage(async () => {
    await db.settings.put({ key: KEY, value: route })
  })
}

export function loadLastRoute(db: StabilityDatabase): Promise<string | null> {
  return guardStorage(async () => {
    const row = await db.settings.get(KEY)
    return typeof row?.value === 'string' ? row.value : null
  })
}
