import { describe, expect, it } from 'vitest'
import { resolveInitialLanguage } from './language'
import { readLanguagePreference, writeLanguagePreference } from './language-preference'

describe('resolveInitialLanguage', () => {
  it('prefers the stored choice over the system language', () => {
    expect(resolveInitialLanguage('en-US', 'zh-CN')).toBe('en-US')
    expect(resolveInitialLanguage('zh-CN', 'en-US')).toBe('zh-CN')
  })

  it('ignores a stored value that is not a supported language', () => {
    expect(resolveInitialLanguage('fr-FR', 'en-GB')).toBe('en-US')
    expect(resolveInitialLanguage('', 'zh-TW')).toBe('zh-CN')
    expect(resolveInitialLanguage(null, undefined)).toBe('zh-CN')
  })
})

describe('language preference storage', () => {
  const memoryStorage = (): Pick<Storage, 'getItem' | 'setItem'> => {
    const values = new Map<string, string>()
    return {
      getItem: (key) => values.get(key) ?? null,
      setItem: (key, value) => void values.set(key, value)
    }
  }

  it('round-trips a choice', () => {
    const storage = memoryStorage()
    expect(readLanguagePreference(storage)).toBeNull()
    writeLanguagePreference(storage, 'en-US')
    expect(readLanguagePreference(storage)).toBe('en-US')
  })

  it('survives a storage that throws', () => {
    const broken: Pick<Storage, 'getItem' | 'setItem'> = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      }
    }
    expect(readLanguagePreference(broken)).toBeNull()
    expect(() => writeLanguagePreference(broken, 'zh-CN')).not.toThrow()
  })
})
