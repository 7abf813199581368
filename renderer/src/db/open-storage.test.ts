import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(async () => {
  vi.resetModules()
  await new Promise((resolve) => {
    indexedDB.deleteDatabase('stability-assessor').onsuccess = resolve
  })
})

describe('openStorage', () => {
  it('opens (and migrates) the app database', async () => {
    const { openStorage } = await import('./open-storage')
    const db = await openStorage()
    expect(db.verno).toBe(6)
    expect(db.tables.map((t) => t.name)).toContain('assessmentList')
    db.close()
  })

  it('refuses data written by a newer app, without touching it', async () => {
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('stability-assessor', 990)
      request.onupgradeneeded = () => request.result.createObjectStore('futureTable')
      request.onsuccess = () => {
        request.result.close()
        resolve()
      }
    })
    const { openStorage, openFailureKind } = await import('./open-storage')
    const { StorageError } = await import('./storage-error')
    const failure = await openStorage().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(StorageError)
    expect(openFailureKind(failure)).toBe('newerVersion')
    // Still version 990 with its own table: nothing was upgraded or created.
    const names = await new Promise<string[]>((resolve) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => {
        resolve([String(request.result.version), ...request.result.objectStoreNames])
        request.result.close()
      }
    })
    expect(names).toEqual(['990', 'futureTable'])
  })
})

describe('a newer app asking for the database', () => {
  it('gets it: this window closes its connection quietly and stays closed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { openStorage } = await import('./open-storage')
    const db = await openStorage()
    const version = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('stability-assessor', 990)
      request.onsuccess = () => {
        resolve(request.result.version)
        request.result.close()
      }
      request.onerror = () => reject(request.error)
    })
    expect(version).toBe(990)
    expect(db.isOpen()).toBe(false)
    await expect(db.settings.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' })
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })
})
