import { Form, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ReviewLevel, ReviewRecord } from '@shared/assessment/review-record'
import { ControlledField } from '../../components/ControlledField'
import { sendBackToLevel, signReviewLevel } from '../../db/repos/graded-review'
import {
  levelSignFormSchema,
  sendBackFormSchema,
  type LevelSignForm,
  type SendBackForm
} from './dialog-schemas'
import { PersonField, ReasonField, SignOffModal } from './SignOffModal'
import { useSignOffForm } from './useSignOffAction'

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
  const { control, busy, submit } = useSignOffForm<LevelSignForm>({
    schema: levelSignFormSchema,
    values: { signer: defaultSigner, comment: '' },
    doneMessageKey: 'review.levels.signDone',
    onClose,
    change: (db, id, { signer, comment }) =>
      signReviewLevel(db, id, levels, { level, by: signer, comment })
  })
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
  const { control, busy, submit } = useSignOffForm<SendBackForm>({
    schema: sendBackFormSchema,
    values: { level: record.signatures.length, by: defaultBy, reason: '' },
    doneMessageKey: 'review.levels.sendBackDone',
    onClose,
    change: (db, id, { level, by, reason }) => sendBackToLevel(db, id, level, by, reason)
  })
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
