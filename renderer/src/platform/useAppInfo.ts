import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { usePlatform } from './usePlatform'

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; error: unknown }

/** What the host reports about the app (version, runtime); fetched once per mount. */
export function useAppInfo(): AppInfoState {
  const platform = usePlatform()
  const [state, setState] = useState<AppInfoState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    platform.getAppInfo().then(
      (info) => current && setState({ status: 'ready', info }),
      (error: unknown) => current && setState({ status: 'error', error })
    )
    return () => {
      current = false
    }
  }, [platform])
  return state
}
