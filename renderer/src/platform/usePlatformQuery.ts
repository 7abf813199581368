import { useEffect, useState } from 'react'

/** Where a platform load stands ('idle': there is nothing to load). */
export type PlatformResult<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown }

const IDLE = { status: 'idle' } as const
const LOADING = { status: 'loading' } as const

/**
 * The platform-side twin of useDatabaseQuery (db/hooks/live-query.ts), for what the host holds
 * (automatic backups, app info): runs `load` once per identity — pass a useCallback, whose
 * dependencies the linter checks — or nothing for null. An answer that arrives after unmount or
 * after a newer load is dropped.
 */
export function usePlatformQuery<T>(load: (() => Promise<T>) | null): PlatformResult<T> {
  const [settled, setSettled] = useState<{ load: unknown; result: PlatformResult<T> } | null>(null)
  useEffect(() => {
    if (!load) return
    let current = true
    load().then(
      (value) => current && setSettled({ load, result: { status: 'ready', value } }),
      (error: unknown) => current && setSettled({ load, result: { status: 'error', error } })
    )
    return () => {
      current = false
    }
  }, [load])
  if (!load) return IDLE
  return settled?.load === load ? settled.result : LOADING
}
