import { Form } from 'antd'
import { useTranslation } from 'react-i18next'
import { reopenAssessment } from '../../db/repos/lifecycle'
import { reopenFormSchema, type ReopenForm } from './dialog-schemas'
import { PersonField, ReasonField, SignOffModal } from './SignOffModal'
import { useSignOffForm } from './useSignOffAction'

interface ReopenDialogProps {
  open: boolean
  onClose: () => void
  defaultBy: string
}

/** Reopens a finalized assessment; the reason is required and goes into the audit log. */
export function ReopenDialog({ open, onClose, defaultBy }: ReopenDialogProps) {
  const { t } = useTranslation()
  const { control, busy, submit } = useSignOffForm<ReopenForm>({
    schema: reopenFormSchema,
    values: { by: defaultBy, reason: '' },
    doneMessageKey: 'review.reopenDialog.done',
    onClose,
    change: (db, id, { by, reason }) => reopenAssessment(db, id, by, reason)
  })

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
