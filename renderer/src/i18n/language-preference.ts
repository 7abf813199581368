import { isAppLanguage, type AppLanguage } from './language'

/**
 * The user's explicit language choice. A UI preference, so localStorage is enough for now;
 * the settings table in IndexedDB takes over once storage exists.
 */
const STORAGE_KEY = 'stability-assessor:language'

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>

/** Storage can be unavailable or throw (privacy modes, quota): a preference is never worth a crash. */
export function readLanguagePreference(storage: PreferenceStorage): AppLanguage | null {
  try {
    const value = storage.getItem(STORAGE_KEY)
    return isAppLanguage(value) ? value : null
  } catch {
    return null
  }
}

export function writeLanguagePreference(storage: PreferenceStorage, language: AppLanguage): void {
  try {
    storage.setItem(STORAGE_KEY, language)
  } catch {
    // Not persisted; the choice still applies to this session.
  }
}
