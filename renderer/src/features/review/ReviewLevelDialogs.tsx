import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Select } from 'antd'
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
import { PersonField, ReasonField, SignOffModal } from './SignOffModal'
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
    <SignOffModal
      kind="sign"
      titleParams={{ level, name: levelName }}
      open={open}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
    >
      <Form layout="vertical">
        <PersonField control={control} name="signer" testId="review-sign-signer" />
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
    </SignOffModal>
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
    <SignOffModal kind="sendBack" open={open} onClose={onClose} onSubmit={submit} busy={busy}>
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
        <ReasonField
          control={control}
          testId="send-back-reason"
          rows={{ minRows: 2, maxRows: 6 }}
        />
        <PersonField control={control} name="by" testId="send-back-by" />
      </Form>
    </SignOffModal>
  )
}
