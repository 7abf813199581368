/**
 * A native IndexedDB request's result as a promise, for the few reads and writes that go to the
 * native transaction under Dexie's (`tx.idbtrans`) where Dexie's per-row work would cost more than
 * the request: key-only reads of the home list (list-page.ts), a restore's rows (restore.ts).
 */
export const requestResult = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
