import { useSettings } from '../../db/hooks/useSettings'
import type { Settings } from '../../db/repos/settings'
import { useStartupInfo } from './startup-context'

/** The app's settings, live, starting from what start-up read (no flash of defaults). */
export function useAppSettings(): Settings {
  return useSettings(useStartupInfo().settings)
}
