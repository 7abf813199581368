import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase } from '../database'
import { loadSettings, type Settings } from '../repos/settings'

/** The settings as last read by any screen: where the next screen to open starts from. */
let lastRead: Settings | null = null

async function readSettings(): Promise<Settings> {
  const settings = await loadSettings(getDatabase())
  lastRead = settings
  return settings
}

/**
 * The stored settings, live. Until its first query answers, a screen shows the settings last read
 * (by any screen), or `initial` (read at start-up) before any was: never the defaults, and never
 * start-up's values after a setting changed — a key pressed the moment a section opens must
 * already follow the answer-and-advance setting as stored.
 */
export function useSettings(initial: Settings): Settings {
  return useLiveQuery(readSettings, [], lastRead ?? initial)
}
