import { Form } from 'antd'
import type { ReactNode } from 'react'
import type { FieldError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Messages } from '../../i18n/messages'

/** The form schema's messages are keys of this group. */
type ErrorKey = `newAssessment.errors.${keyof Messages['newAssessment']['errors']}`

interface FormFieldProps {
  label: string
  htmlFor?: string
  help?: string
  required?: boolean
  /** Its message is an i18n key (see new-assessment-form.ts). */
  error?: Pick<FieldError, 'message'> | undefined
  children: ReactNode
}

/** antd's field layout around a react-hook-form control: label, hint, inline error. */
export function FormField({ label, htmlFor, help, required, error, children }: FormFieldProps) {
  const { t } = useTranslation()
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error?.message ? t(error.message as ErrorKey) : undefined}
      // As `extra`, the hint keeps the field's bottom margin (as `help` it would eat it).
      extra={help}
    >
      {children}
    </Form.Item>
  )
}
