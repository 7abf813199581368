import { Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import type { ReactNode } from 'react'
import type { Control, FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ControlledField } from '../../components/ControlledField'

/** Each sign-off dialog's texts (title, OK, cancel, what signing does) and its OK button's test id. */
const DIALOGS = {
  finalize: [
    'finalizeDialog.title',
    'finalizeDialog.confirm',
    'finalize-confirm',
    'finalizeDialog.body'
  ],
  reopen: ['reopenDialog.title', 'reopenDialog.confirm', 'reopen-confirm', 'reopenDialog.body'],
  sign: ['levels.signTitle', 'levels.signConfirm', 'review-sign-confirm', 'levels.signBody'],
  sendBack: [
    'levels.sendBackTitle',
    'levels.sendBackConfirm',
    'send-back-confirm',
    'levels.sendBackBody'
  ]
} as const

interface SignOffModalProps {
  kind: keyof typeof DIALOGS
  /** What the title names (the level signed). */
  titleParams?: { level: number; name: string }
  open: boolean
  onClose: () => void
  /** Submits the dialog's form (OK button). */
  onSubmit: () => Promise<void>
  busy: boolean
  children: ReactNode
}

/** The frame every sign-off dialog shares (finalize, reopen, sign a level, send back). */
export function SignOffModal({
  kind,
  titleParams,
  open,
  onClose,
  onSubmit,
  busy,
  children
}: SignOffModalProps) {
  const { t } = useTranslation()
  const [title, okText, confirmTestId, intro] = DIALOGS[kind]
  return (
    <Modal
      open={open}
      title={titleParams ? t(`review.${title}`, titleParams) : t(`review.${title}`)}
      okText={t(`review.${okText}`)}
      cancelText={t('review.finalizeDialog.cancel')}
      okButtonProps={{ 'data-testid': confirmTestId, loading: busy } as ButtonProps}
      onOk={() => void onSubmit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{t(`review.${intro}`)}</p>
      {children}
    </Modal>
  )
}

/** A sign-off form's fields by name: the person and, where one is asked for, the reason. */
type SignOffFields = { signer: string; by: string; reason: string }

/** The one cast from a dialog's own form to the fields these inputs bind by name. */
function fieldsOf<T extends FieldValues>(control: Control<T>): Control<SignOffFields> {
  return control as unknown as Control<SignOffFields>
}

const PERSON_TEXT = {
  signer: ['review.finalizeDialog.signer', 'review.finalizeDialog.signerRequired'],
  by: ['review.reopenDialog.by', 'review.reopenDialog.byRequired']
} as const

interface PersonFieldProps<T extends FieldValues> {
  control: Control<T>
  /** `signer` (who signs) or `by` (who reopens or sends back). */
  name: keyof typeof PERSON_TEXT
  testId: string
  autoComplete?: string
}

/** Who signs or acts: required, at most 200 characters (the assessment file's limit). */
export function PersonField<T extends FieldValues>(props: PersonFieldProps<T>) {
  const { t } = useTranslation()
  const [label, required] = PERSON_TEXT[props.name]
  return (
    <ControlledField
      control={fieldsOf(props.control)}
      name={props.name}
      label={t(label)}
      required
      errorText={t(required)}
    >
      {(field) => (
        <Input
          {...field}
          data-testid={props.testId}
          maxLength={200}
          autoComplete={props.autoComplete}
        />
      )}
    </ControlledField>
  )
}

interface ReasonFieldProps<T extends FieldValues> {
  control: Control<T>
  testId: string
  rows: { minRows: number; maxRows: number }
  placeholder?: string
}

/** Why a signed assessment goes back: required, logged in the audit trail. */
export function ReasonField<T extends FieldValues>(props: ReasonFieldProps<T>) {
  const { t } = useTranslation()
  return (
    <ControlledField
      control={fieldsOf(props.control)}
      name="reason"
      label={t('review.reopenDialog.reason')}
      required
      errorText={t('review.reopenDialog.reasonRequired')}
    >
      {(field) => (
        <Input.TextArea
          {...field}
          data-testid={props.testId}
          autoSize={props.rows}
          maxLength={4000}
          placeholder={props.placeholder}
        />
      )}
    </ControlledField>
  )
}
