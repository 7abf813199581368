import { zodResolver } from '@hookform/resolvers/zod'
import { App } from 'antd'
import { useState } from 'react'
import { useForm, type FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { getDatabase, type StabilityDatabase } from '../../db/database'
import { useWorkspace } from '../workspace/workspace-context'
import { useFailureToast } from '../../i18n/useFailureToast'

type DoneMessageKey =
  | 'review.finalizeDialog.done'
  | 'review.reopenDialog.done'
  | 'review.levels.signDone'
  | 'review.levels.sendBackDone'

/**
 * Runs one sign-off step (finalize, reopen) from a dialog: busy while it runs, the success message
 * and close when it committed, the reason in the user's language when it did not — the dialog then
 * stays open with everything typed in it.
 */
export function useSignOffAction(doneMessageKey: DoneMessageKey, onDone: () => void) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const [busy, setBusy] = useState(false)

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true)
    try {
      await action()
      void message.success(t(doneMessageKey))
      onDone()
    } catch (error) {
      failed(error, (message) => t('review.actions.failed', { message }))
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

/**
 * A sign-off dialog's form: its fields checked by `schema`, starting from `values`; on submit the
 * step `change` runs against the open assessment through useSignOffAction.
 */
export function useSignOffForm<Form extends FieldValues>(options: {
  schema: z.ZodType<Form, Form>
  values: Form
  doneMessageKey: DoneMessageKey
  onClose: () => void
  change: (db: StabilityDatabase, assessmentId: string, form: Form) => Promise<unknown>
}) {
  const { schema, values, doneMessageKey, onClose, change } = options
  const { assessment } = useWorkspace()
  const { busy, run } = useSignOffAction(doneMessageKey, onClose)
  const { control, handleSubmit } = useForm<Form>({ resolver: zodResolver(schema), values })
  const submit = handleSubmit((form) => run(() => change(getDatabase(), assessment.id, form)))
  return { control, busy, submit }
}
