import { useCallback } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { usePlatform } from './usePlatform'
import { usePlatformQuery, type PlatformResult } from './usePlatformQuery'

/** What the host reports about the app (version, runtime); fetched once per mount. */
export function useAppInfo(): PlatformResult<AppInfo> {
  const platform = usePlatform()
  return usePlatformQuery(useCallback(() => platform.getAppInfo(), [platform]))
}
