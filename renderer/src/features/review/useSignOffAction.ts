import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../../i18n/describe-error'

/**
 * Runs one sign-off step (finalize, reopen) from a dialog: busy while it runs, the success message
 * and close when it committed, the reason in the user's language when it did not — the dialog then
 * stays open with everything typed in it.
 */
export function useSignOffAction(
  doneMessageKey:
    | 'review.finalizeDialog.done'
    | 'review.reopenDialog.done'
    | 'review.levels.signDone'
    | 'review.levels.sendBackDone',
  onDone: () => void
) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true)
    try {
      await action()
      void message.success(t(doneMessageKey))
      onDone()
    } catch (error) {
      void message.error(
        t('review.actions.failed', { message: describeError(error, t, i18n.language) })
      )
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
