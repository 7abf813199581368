import { useEffect } from 'react'
import { getDatabase } from '../../db/database'
import { refreshListRows } from '../../db/repos/summary'

/** Lines recomputed per transaction: small enough to keep each one short. */
const CHUNK = 25

/**
 * Recomputes, in the background, the home-list lines that are missing or older than their
 * assessment (after answers changed, an import, a duplicate) and removes lines of deleted
 * assessments. Each written chunk changes the live list, and so the stale set: the pass then
 * stops and a new one starts with what is left. Recomputing a line twice is harmless.
 */
export function useStaleListRefresh(ids: readonly string[] | undefined): void {
  // The ids' content, not the array: a new array with the same ids must not restart the pass.
  const key = ids?.join(',') ?? ''
  useEffect(() => {
    if (key === '') return
    const pending = key.split(',')
    let cancelled = false
    void (async () => {
      try {
        for (let i = 0; i < pending.length && !cancelled; i += CHUNK) {
          await refreshListRows(getDatabase(), pending.slice(i, i + CHUNK))
        }
      } catch (error) {
        // The figures stay as they were and the next visit tries again: not worth an interruption.
        console.warn('Home list figures could not be refreshed', error)
      }
    })()
    return () => {
      cancelled = true
    }
  }, [key])
}
