import { afterEach, beforeEach, vi } from 'vitest'

/** Gives every test of a file an empty localStorage of its own (the reminder's and key's store). */
export function localStoragePerTest(): void {
  const memory = new Map<string, string>()
  beforeEach(() => {
    memory.clear()
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
      removeItem: (key: string) => void memory.delete(key)
    })
  })
  afterEach(() => vi.unstubAllGlobals())
}
