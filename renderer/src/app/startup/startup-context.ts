import { createContext, use } from 'react'
import type { Settings } from '../../db/repos/settings'
import type { StorageState } from '../../db/storage-persistence'
import type { BuiltinBankProblem } from './builtin-banks'

/** What start-up learned and every screen may need: storage state, settings, bank problems. */
export interface StartupInfo {
  storage: StorageState
  /** The settings as read at start-up (screens then follow them live: useAppSettings). */
  settings: Settings
  builtinBankProblems: BuiltinBankProblem[]
}

export const StartupContext = createContext<StartupInfo | null>(null)

export function useStartupInfo(): StartupInfo {
  const info = use(StartupContext)
  if (!info) throw new Error('useStartupInfo is used outside the started app')
  return info
}
