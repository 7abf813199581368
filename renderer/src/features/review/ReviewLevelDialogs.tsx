import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Modal, Select } from 'antd'
import type { ButtonProps } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { ReviewLevel, ReviewRecord } from '@shared/assessment/review-record'
import { ControlledField } from '../../components/ControlledField'
import { getDatabase } from '../../db/database'
import { sendBackToLevel, signReviewLevel } from '../../db/repos/graded-review'
import { useWorkspace } from '../workspace/workspace-context'
import {
  levelSignFormSchema,
  sendBackFormSchema,
  type LevelSignForm,
  type SendBackForm
} from './dialog-schemas'
import { useSignOffAction } from './useSignOffAction'

interface SignProps {
  open: boolean
  onClose: () => void
  level: number
  levelName: string
  levels: readonly ReviewLevel[]
  defaultSigner: string
}

/** Signs one review level below the last: who signs, and a comment. */
export function ReviewSignDialog(props: SignProps) {
  const { open, onClose, level, levelName, levels, defaultSigner } = props
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const { busy, run } = useSignOffAction('review.levels.signDone', onClose)
  const { control, handleSubmit } = useForm<LevelSignForm>({
    resolver: zodResolver(levelSignFormSchema),
    values: { signer: defaultSigner, comment: '' }
  })
  const submit = handleSubmit(({ signer, comment }) =>
    run(() => signReviewLevel(getDatabase(), assessment.id, levels, { level, by: signer, comment }))
  )
  return (
    <Modal
      open={open}
      title={t('review.levels.signTitle', { level, name: levelName })}
      okText={t('review.levels.signConfirm')}
      cancelText={t('review.finalizeDialog.cancel')}
      okButtonProps={{ 'data-testid': 'review-sign-confirm', loading: busy } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('review.levels.signBody')}</p>
      <Form layout="vertical">
        <ControlledField
          control={control}
          name="signer"
          label={t('review.finalizeDialog.signer')}
          required
          errorText={t('review.finalizeDialog.signerRequired')}
        >
          {(field) => <Input {...field} data-testid="review-sign-signer" maxLength={200} />}
        </ControlledField>
        <ControlledField control={control} name="comment" label={t('review.levels.comment')}>
          {(field) => (
            <Input.TextArea
              {...field}
              data-testid="review-sign-comment"
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={4000}
            />
          )}
        </ControlledField>
      </Form>
    </Modal>
  )
}

interface SendBackProps {
  open: boolean
  onClose: () => void
  record: ReviewRecord
  defaultBy: string
}

/** Sends the assessment back to a level that signed; the reason is required and logged. */
export function SendBackDialog({ open, onClose, record, defaultBy }: SendBackProps) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const { busy, run } = useSignOffAction('review.levels.sendBackDone', onClose)
  const { control, handleSubmit } = useForm<SendBackForm>({
    resolver: zodResolver(sendBackFormSchema),
    values: { level: record.signatures.length, by: defaultBy, reason: '' }
  })
  const submit = handleSubmit(({ level, by, reason }) =>
    run(() => sendBackToLevel(getDatabase(), assessment.id, level, by, reason))
  )
  return (
    <Modal
      open={open}
      title={t('review.levels.sendBackTitle')}
      okText={t('review.levels.sendBackConfirm')}
      cancelText={t('review.finalizeDialog.cancel')}
      okButtonProps={{ 'data-testid': 'send-back-confirm', loading: busy } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t('review.levels.sendBackBody')}</p>
      <Form layout="vertical">
        <ControlledField
          control={control}
          name="level"
          htmlFor="send-back-level"
          label={t('review.levels.sendBackTo')}
          required
        >
          {(field) => (
            <Select
              {...field}
              id="send-back-level"
              data-testid="send-back-level"
              options={record.signatures.map((signature) => ({
                value: signature.level,
                label: `${signature.level}. ${record.levels[signature.level - 1]?.name ?? ''}`
              }))}
            />
          )}
        </ControlledField>
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
              data-testid="send-back-reason"
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={4000}
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
          {(field) => <Input {...field} data-testid="send-back-by" maxLength={200} />}
        </ControlledField>
      </Form>
    </Modal>
  )
}
