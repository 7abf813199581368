import { Form } from 'antd'
import type { ParseKeys } from 'i18next'
import type { ReactElement } from 'react'
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues
} from 'react-hook-form'
import { useTranslation } from 'react-i18next'

interface ControlledFieldProps<T extends FieldValues, N extends FieldPath<T>> {
  control: Control<T>
  name: N
  label: string
  /** The control's id, so the label names it for screen readers and clicks. */
  htmlFor?: string
  required?: boolean
  /** A hint under the field (kept as antd's `extra`, so the field keeps its bottom margin). */
  hint?: string
  /**
   * What an invalid field says. Without it, the form schema's message is an i18n key
   * (e.g. `newAssessment.errors.institutionRequired`), shown in the UI language.
   */
  errorText?: string
  /** The input, wired to the form: `(field) => <Input {...field} />`. */
  children: (field: ControllerRenderProps<T, N>) => ReactElement
}

/**
 * One form field of a react-hook-form form in antd's layout: label, required mark, hint, and the
 * inline error in the user's language. The one way the app's forms and dialogs lay out a field.
 */
export function ControlledField<T extends FieldValues, N extends FieldPath<T>>({
  control,
  name,
  label,
  htmlFor,
  required,
  hint,
  errorText,
  children
}: ControlledFieldProps<T, N>) {
  const { t } = useTranslation()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState: { error } }) => (
        <Form.Item
          label={label}
          htmlFor={htmlFor}
          required={required}
          validateStatus={error ? 'error' : undefined}
          help={error ? (errorText ?? (error.message && t(error.message as ParseKeys))) : undefined}
          extra={hint}
        >
          {children(field)}
        </Form.Item>
      )}
    />
  )
}
