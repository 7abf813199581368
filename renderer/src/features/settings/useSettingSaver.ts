import { useRef, useState } from 'react'
import { getDatabase } from '../../db/database'
import { saveSetting, type Settings } from '../../db/repos/settings'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

/**
 * Saves one setting on every change. Writes are chained, so the last value typed is the one
 * stored; the state says when it is committed (or why not).
 */
export function useSettingSaver<K extends keyof Settings>(
  key: K
): { save: (value: Settings[K]) => void; state: SaveState; error: unknown } {
  const [state, setState] = useState<SaveState>('idle')
  const [error, setError] = useState<unknown>(null)
  const queue = useRef({ last: Promise.resolve(), pending: 0 })

  const save = (value: Settings[K]): void => {
    setState('saving')
    const q = queue.current
    q.pending++
    q.last = q.last
      .then(() => saveSetting(getDatabase(), key, value))
      .then(
        () => {
          if (--q.pending === 0) setState('saved')
        },
        (failure: unknown) => {
          q.pending--
          setError(failure)
          setState('error')
        }
      )
  }
  return { save, state, error }
}
