import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { Controller, useForm, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { ReferenceInput } from '../../db/repos/evidence'
import { referenceFormSchema, type ReferenceForm } from './reference-form'

interface ReferenceDialogProps {
  initialName: string
  onCancel: () => void
  onSubmit: (input: ReferenceInput) => Promise<void>
}

const OPTIONAL = ['location', 'page', 'interviewee'] as const

/** Records evidence that stays elsewhere: document, location, page, interviewee, note. */
export function ReferenceDialog({ initialName, onCancel, onSubmit }: ReferenceDialogProps) {
  const { t } = useTranslation()
  const { control, handleSubmit, formState } = useForm<ReferenceForm>({
    resolver: zodResolver(referenceFormSchema),
    defaultValues: { name: initialName, location: '', page: '', interviewee: '', note: '' }
  })
  const submit = handleSubmit(({ name, location, page, interviewee, note }) =>
    onSubmit({
      name,
      ...(location && { location }),
      ...(page && { page }),
      ...(interviewee && { interviewee }),
      ...(note && { note })
    })
  )
  const label = (field: keyof ReferenceForm) => t(`questionnaire.evidence.reference.${field}`)

  return (
    <Modal
      open
      title={t('questionnaire.evidence.reference.title')}
      okText={t('questionnaire.evidence.reference.save')}
      cancelText={t('questionnaire.evidence.reference.cancel')}
      okButtonProps={
        { loading: formState.isSubmitting, 'data-testid': 'reference-save' } as ButtonProps
      }
      onOk={() => void submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p>{t('questionnaire.evidence.reference.intro')}</p>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          label={label('name')}
          required
          validateStatus={formState.errors.name ? 'error' : undefined}
          help={formState.errors.name && t('questionnaire.evidence.reference.nameRequired')}
        >
          <TextInput
            control={control}
            field="name"
            placeholder={t('questionnaire.evidence.reference.namePlaceholder')}
            autoFocus
          />
        </Form.Item>
        {OPTIONAL.map((field) => (
          <Form.Item key={field} label={label(field)}>
            <TextInput
              control={control}
              field={field}
              placeholder={
                field === 'page'
                  ? undefined
                  : t(`questionnaire.evidence.reference.${field}Placeholder`)
              }
            />
          </Form.Item>
        ))}
        <Form.Item label={label('note')}>
          <Controller
            name="note"
            control={control}
            render={({ field }) => (
              <Input.TextArea {...field} autoSize={{ minRows: 2, maxRows: 6 }} />
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}

function TextInput(props: {
  control: Control<ReferenceForm>
  field: Exclude<keyof ReferenceForm, 'note'>
  placeholder?: string
  autoFocus?: boolean
}) {
  return (
    <Controller
      name={props.field}
      control={props.control}
      render={({ field }) => (
        <Input
          {...field}
          data-testid={`reference-${props.field}`}
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
        />
      )}
    />
  )
}
