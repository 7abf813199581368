import { useLiveQuery } from 'dexie-react-hooks'
import { getDatabase } from '../database'
import { loadSettings, type Settings } from '../repos/settings'

/**
 * The stored settings, live. `initial` (read at start-up) is shown until the first query
 * answers, so screens never flash the defaults.
 */
export function useSettings(initial: Settings): Settings {
  return useLiveQuery(() => loadSettings(getDatabase()), [], initial)
}
