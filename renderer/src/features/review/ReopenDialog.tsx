import { zodResolver } from '@hookform/resolvers/zod'
import { App, Form, Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { reopenAssessment } from '../../db/repos/lifecycle'
import { describeError } from '../../i18n/describe-error'
import { useWorkspace } from '../workspace/workspace-context'
import { reopenFormSchema, type ReopenForm } from './dialog-schemas'

interface ReopenDialogProps {
  open: boolean
  onClose: () => void
  defaultBy: string
}

/** Reopens a finalized assessment; the reason is required and goes into the audit log. */
export function ReopenDialog({ open, onClose, defaultBy }: ReopenDialogProps) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { assessment } = useWorkspace()
  const [busy, setBusy] = useState(false)
  const { control, handleSubmit, formState } = useForm<ReopenForm>({
    resolver: zodResolver(reopenFormSchema),
    values: { by: defaultBy, reason: '' }
  })

  const submit = handleSubmit(async ({ by, reason }) => {
    setBusy(true)
    try {
      await reopenAssessment(getDatabase(), assessment.id, by, reason)
      void message.success(t('review.reopenDialog.done'))
      onClose()
    } catch (error) {
      void message.error(
        t('review.actions.failed', { message: describeError(error, t, i18n.language) })
      )
    } finally {
      setBusy(false)
    }
  })

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
        <Form.Item
          label={t('review.reopenDialog.reason')}
          required
          validateStatus={formState.errors.reason ? 'error' : undefined}
          help={formState.errors.reason && t('review.reopenDialog.reasonRequired')}
        >
          <Controller
            name="reason"
            control={control}
            render={({ field }) => (
              <Input.TextArea
                {...field}
                data-testid="reopen-reason"
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={4000}
                placeholder={t('review.reopenDialog.reasonPlaceholder')}
              />
            )}
          />
        </Form.Item>
        <Form.Item
          label={t('review.reopenDialog.by')}
          required
          validateStatus={formState.errors.by ? 'error' : undefined}
          help={formState.errors.by && t('review.reopenDialog.byRequired')}
        >
          <Controller
            name="by"
            control={control}
            render={({ field }) => <Input {...field} data-testid="reopen-by" maxLength={200} />}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
