import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ControlledField } from '../../components/ControlledField'
import { getDatabase } from '../../db/database'
import { reopenAssessment } from '../../db/repos/lifecycle'
import { useWorkspace } from '../workspace/workspace-context'
import { reopenFormSchema, type ReopenForm } from './dialog-schemas'
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
    <Modal
      open={open}
      title={t('review.reopenDialog.title')}
      okText={t('review.reopenDialog.confirm')}
      cancelText={t('review.reopenDialog.cancel')}
      okButtonProps={{ 'data-testid': 'reopen-confirm', loading: busy } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('review.reopenDialog.body')}</p>
      <Form layout="vertical">
        <ControlledField
          control={control}
          name="reason"
          label={t('review.reopenDialog.reason')}
          required
          errorText={t('review.reopenDialog.reasonRequired')}
        >
          {(field) => (
            <Input.TextArea
              {...field}
              data-testid="reopen-reason"
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={4000}
              placeholder={t('review.reopenDialog.reasonPlaceholder')}
            />
          )}
        </ControlledField>
        <ControlledField
          control={control}
          name="by"
          label={t('review.reopenDialog.by')}
          required
          errorText={t('review.reopenDialog.byRequired')}
        >
          {(field) => <Input {...field} data-testid="reopen-by" maxLength={200} />}
        </ControlledField>
      </Form>
    </Modal>
  )
}
