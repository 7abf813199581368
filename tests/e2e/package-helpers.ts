import type { Page } from '@playwright/test'
import { unzipSync } from 'fflate'

/** A package's files by name (fflate's own unzip, independent of the app's reader). */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)))
}

/**
 * Everything in the app's IndexedDB as one string (blobs by size and type), read with the raw
 * IndexedDB API: equal before and after ⇔ nothing was written.
 */
export function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const db = await request(indexedDB.open('stability-assessor'))
    try {
      const names = [...db.objectStoreNames].sort()
      const tx = db.transaction(names, 'readonly')
      const out: Record<string, unknown> = {}
      for (const name of names) {
        const rows = await request(tx.objectStore(name).getAll())
        // The last route is navigation state the router writes on every move, not data.
        out[name] =
          name === 'settings'
            ? rows.filter((row) => (row as { key?: string }).key !== 'lastRoute')
            : rows
      }
      return JSON.stringify(out, (_key, value: unknown) =>
        value instanceof Blob ? { blob: value.size, type: value.type } : value
      )
    } finally {
      db.close()
    }
  })
}
