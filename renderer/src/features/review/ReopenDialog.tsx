import { zodResolver } from '@hookform/resolvers/zod'
import { Form } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { reopenAssessment } from '../../db/repos/lifecycle'
import { useWorkspace } from '../workspace/workspace-context'
import { reopenFormSchema, type ReopenForm } from './dialog-schemas'
import { PersonField, ReasonField, SignOffModal } from './SignOffModal'
import { useSignOffAction } from './useSignOffAction'

interface ReopenDialogProps {
  open: boolean
  onClose: () => void
  defaultBy: string
}

/** Reopens a finalized assessment; the reason is required and goes into the audit log. */
export function ReopenDialog({ open, onClose, defaultBy }: ReopenDialogProps) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const { busy, run } = useSignOffAction('review.reopenDialog.done', onClose)
  const { control, handleSubmit } = useForm<ReopenForm>({
    resolver: zodResolver(reopenFormSchema),
    values: { by: defaultBy, reason: '' }
  })

  const submit = handleSubmit(({ by, reason }) =>
    run(() => reopenAssessment(getDatabase(), assessment.id, by, reason))
  )

  return (
    <SignOffModal kind="reopen" open={open} onClose={onClose} onSubmit={submit} busy={busy}>
      <Form layout="vertical">
        <ReasonField
          control={control}
          testId="reopen-reason"
          rows={{ minRows: 3, maxRows: 8 }}
          placeholder={t('review.reopenDialog.reasonPlaceholder')}
        />
        <PersonField control={control} name="by" testId="reopen-by" />
      </Form>
    </SignOffModal>
  )
}
