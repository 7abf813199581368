import { describe, expect, it } from 'vitest'
import { openFailureKind } from './open-storage'
import { StorageError, toStorageError } from './storage-error'
import { readStorageState, requestPersistentStorage } from './storage-persistence'

describe('persistent storage', () => {
  it('asks for persistence, then records what the browser says', async () => {
    let asked = false
    const storage = {
      persist: async () => {
        asked = true
        return true
      },
      persisted: async () => asked,
      estimate: async () => ({ usage: 1234, quota: 5_000_000 })
    }
    expect(await requestPersistentStorage(storage)).toEqual({
      persisted: true,
      usage: 1234,
      quota: 5_000_000
    })
  })

  it('treats a missing or failing storage API as unknown, never as an error', async () => {
    expect(await readStorageState(undefined)).toEqual({ persisted: null, usage: null, quota: null })
    const broken = {
      persist: () => Promise.reject(new Error('denied')),
      persisted: () => Promise.reject(new Error('nope')),
      estimate: () => Promise.reject(new Error('nope'))
    }
    expect(await requestPersistentStorage(broken)).toEqual({
      persisted: null,
      usage: null,
      quota: null
    })
  })
})

describe('open failures', () => {
  const named = (name: string, inner?: string) =>
    Object.assign(new Error(name), { name, ...(inner ? { inner: { name: inner } } : {}) })

  it('tells a full disk and data from a newer app from any other open failure', () => {
    expect(openFailureKind(toStorageError(named('QuotaExceededError')))).toBe('quota')
    expect(openFailureKind(toStorageError(named('OpenFailedError', 'QuotaExceededError')))).toBe(
      'quota'
    )
    expect(openFailureKind(toStorageError(named('VersionError')))).toBe('newerVersion')
    expect(openFailureKind(toStorageError(named('OpenFailedError', 'UnknownError')))).toBe('open')
    expect(openFailureKind(new StorageError('open', 'backing store'))).toBe('open')
  })
})
