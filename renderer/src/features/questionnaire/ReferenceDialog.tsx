import { zodResolver } from '@hookform/resolvers/zod'
import { Form, Input, Modal } from 'antd'
import type { ButtonProps } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ControlledField } from '../../components/ControlledField'
import type { ReferenceInput } from '../../db/repos/evidence'
import { referenceFormSchema, type ReferenceForm } from './reference-form'

interface ReferenceDialogProps {
  initialName: string
  onCancel: () => void
  onSubmit: (input: ReferenceInput) => Promise<void>
}

/** The optional fields and their lengths (reference-form.ts): typing stops at the limit. */
const OPTIONAL = { location: 1000, page: 100, interviewee: 200 } as const

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
        <ControlledField
          control={control}
          name="name"
          label={label('name')}
          required
          errorText={t('questionnaire.evidence.reference.nameRequired')}
        >
          {(field) => (
            <Input
              {...field}
              data-testid="reference-name"
              maxLength={500}
              placeholder={t('questionnaire.evidence.reference.namePlaceholder')}
              autoFocus
            />
          )}
        </ControlledField>
        {(Object.keys(OPTIONAL) as Array<keyof typeof OPTIONAL>).map((name) => (
          <ControlledField key={name} control={control} name={name} label={label(name)}>
            {(field) => (
              <Input
                {...field}
                data-testid={`reference-${name}`}
                maxLength={OPTIONAL[name]}
                placeholder={
                  name === 'page'
                    ? undefined
                    : t(`questionnaire.evidence.reference.${name}Placeholder`)
                }
              />
            )}
          </ControlledField>
        ))}
        <ControlledField control={control} name="note" label={label('note')}>
          {(field) => (
            <Input.TextArea {...field} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
          )}
        </ControlledField>
      </Form>
    </Modal>
  )
}
