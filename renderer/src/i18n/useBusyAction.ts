import { useState } from 'react'
import { useFailureToast } from './useFailureToast'

/**
 * Runs a user's action with a busy state and a failure toast: `busy` holds the running action's
 * key (`true` where a screen has one action) until it settles, and an error is shown as
 * `failure(message)`. `run` never rejects.
 */
export function useBusyAction<K = true>(): {
  busy: K | null
  run: (action: () => Promise<void>, failure: (message: string) => string, key?: K) => Promise<void>
} {
  const failed = useFailureToast()
  const [busy, setBusy] = useState<K | null>(null)

  async function run(
    action: () => Promise<void>,
    failure: (message: string) => string,
    key: K = true as K
  ): Promise<void> {
    setBusy(key)
    try {
      await action()
    } catch (error) {
      failed(error, failure)
    } finally {
      setBusy(null)
    }
  }

  return { busy, run }
}
