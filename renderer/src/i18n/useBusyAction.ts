import type { ParseKeys } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFailureToast } from './useFailureToast'

/**
 * Runs a user's action with a busy state and a failure toast: `busy` holds the running action's
 * key (`true` where a screen has one action) until it settles, and an error is shown as the text
 * `failure` (an i18n key) with the error's description as `{{message}}`. `run` never rejects.
 */
export function useBusyAction<K = true>(): {
  busy: K | null
  run: (action: () => Promise<void>, failure: ParseKeys, key?: K) => Promise<void>
} {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const [busy, setBusy] = useState<K | null>(null)

  async function run(
    action: () => Promise<void>,
    failure: ParseKeys,
    key: K = true as K
  ): Promise<void> {
    setBusy(key)
    try {
      await action()
    } catch (error) {
      failed(error, (message) => t(failure, { message }))
    } finally {
      setBusy(null)
    }
  }

  return { busy, run }
}
