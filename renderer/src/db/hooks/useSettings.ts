import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase, type StabilityDatabase } from '../database'
import { loadSettings, type Settings } from '../repos/settings'

/** The settings as last read by any screen: where the next screen to open starts from. */
let lastRead: Settings | null = null
let lastReadJson = ''

/**
 * The stored settings; the very object last read while they read the same. A write to any table
 * wakes every screen's settings query (a restore or an import rewrites the settings row along with
 * everything else), and a new but equal object would re-render each of the dozen components that
 * follow the settings, in one page task after the write (issue 15: 50–120 ms after a restore).
 */
export async function readSettingsKept(db: StabilityDatabase): Promise<Settings> {
  const settings = await loadSettings(db)
  const json = JSON.stringify(settings)
  if (lastRead !== null && json === lastReadJson) return lastRead
  lastRead = settings
  lastReadJson = json
  return settings
}

/**
 * The stored settings, live. Until its first query answers, a screen shows the settings last read
 * (by any screen), or `initial` (read at start-up) before any was: never the defaults, and never
 * start-up's values after a setting changed — a key pressed the moment a section opens must
 * already follow the answer-and-advance setting as stored.
 */
export function useSettings(initial: Settings): Settings {
  return useLiveQuery(() => readSettingsKept(getDatabase()), [], lastRead ?? initial)
}
