import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, App, Form, Input, Modal, Tag } from 'antd'
import type { ButtonProps } from 'antd'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { finalizeWithSeal } from '../../db/repos/sign-off'
import { describeError } from '../../i18n/describe-error'
import { useWorkspace } from '../workspace/workspace-context'
import { CHECKLIST_GROUPS, openItemCount, type Checklist } from './checklist'
import { finalizeFormSchema, type FinalizeForm } from './dialog-schemas'

interface FinalizeDialogProps {
  open: boolean
  onClose: () => void
  checklist: Checklist
  defaultSigner: string
}

/** Confirms finalizing: shows what is still open, asks who signs, then seals in one transaction. */
export function FinalizeDialog({ open, onClose, checklist, defaultSigner }: FinalizeDialogProps) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { assessment } = useWorkspace()
  const [busy, setBusy] = useState(false)
  const { control, handleSubmit, formState } = useForm<FinalizeForm>({
    resolver: zodResolver(finalizeFormSchema),
    values: { signer: defaultSigner }
  })
  const openGroups = CHECKLIST_GROUPS.filter((group) => checklist[group].length > 0)

  const submit = handleSubmit(async ({ signer }) => {
    setBusy(true)
    try {
      await finalizeWithSeal(getDatabase(), assessment.id, signer)
      void message.success(t('review.finalizeDialog.done'))
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
      title={t('review.finalizeDialog.title')}
      okText={t('review.finalizeDialog.confirm')}
      cancelText={t('review.finalizeDialog.cancel')}
      okButtonProps={{ 'data-testid': 'finalize-confirm', loading: busy } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('review.finalizeDialog.body')}</p>
      {openItemCount(checklist) === 0 ? (
        <Alert type="success" showIcon title={t('review.finalizeDialog.clear')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="finalize-open-items"
          title={t('review.finalizeDialog.openItems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {openGroups.map((group) => (
                <li key={group}>
                  {t(`review.checklist.groups.${group}`)} <Tag>{checklist[group].length}</Tag>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form layout="vertical" style={{ marginTop: 16 }} onFinish={() => void submit()}>
        <Form.Item
          label={t('review.finalizeDialog.signer')}
          required
          validateStatus={formState.errors.signer ? 'error' : undefined}
          help={formState.errors.signer && t('review.finalizeDialog.signerRequired')}
        >
          <Controller
            name="signer"
            control={control}
            render={({ field }) => (
              <Input {...field} data-testid="finalize-signer" maxLength={200} autoComplete="name" />
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
