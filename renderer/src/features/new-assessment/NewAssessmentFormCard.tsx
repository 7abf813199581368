import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Card, Form, Input, Space } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { ControlledField } from '../../components/ControlledField'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { BankFields } from './BankFields'
import { ScopeSelect } from './ScopeSelect'
import { newAssessmentFormSchema, type NewAssessmentForm } from './new-assessment-form'
import { useCreateAssessment } from './useCreateAssessment'

interface NewAssessmentFormCardProps {
  catalog: readonly BankCatalogEntry[]
  defaults: NewAssessmentForm
}

/** The form: only the institution is required, everything else arrives prefilled. */
export function NewAssessmentFormCard({ catalog, defaults }: NewAssessmentFormCardProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateAssessment(catalog)
  const { control, handleSubmit, formState, setValue, reset } = useForm<NewAssessmentForm>({
    resolver: zodResolver(newAssessmentFormSchema),
    defaultValues: defaults
  })
  const { isSubmitting } = formState
  // While the workspace loads, the router may still show this form; coming back to "New" before
  // it has gone must not offer the previous assessment's entries again.
  const submit = async (form: NewAssessmentForm): Promise<void> => {
    if (await create(form)) reset(defaults)
  }

  return (
    <Card style={{ maxWidth: 760 }}>
      <Form layout="vertical" component={false} requiredMark="optional" colon={false}>
        <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
          <ControlledField
            control={control}
            name="institution"
            label={t('newAssessment.fields.institution')}
            htmlFor="field-institution"
            required
          >
            {(field) => (
              <Input
                {...field}
                id="field-institution"
                data-testid="field-institution"
                autoFocus
                autoComplete="organization"
                placeholder={t('newAssessment.fields.institutionPlaceholder')}
              />
            )}
          </ControlledField>
          <ControlledField
            control={control}
            name="scope"
            label={t('newAssessment.fields.scope')}
            htmlFor="field-scope"
            hint={t('newAssessment.fields.scopeHelp')}
          >
            {(field) => (
              <ScopeSelect
                id="field-scope"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          </ControlledField>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            {(['periodStart', 'periodEnd'] as const).map((name) => (
              <div key={name} style={{ flex: '1 1 220px' }}>
                <ControlledField
                  control={control}
                  name={name}
                  label={t(`newAssessment.fields.${name}`)}
                  htmlFor={`field-${name}`}
                  hint={name === 'periodStart' ? t('newAssessment.fields.periodHelp') : undefined}
                >
                  {(field) => (
                    <Input
                      {...field}
                      id={`field-${name}`}
                      type="date"
                      data-testid={
                        name === 'periodStart' ? 'field-period-start' : 'field-period-end'
                      }
                    />
                  )}
                </ControlledField>
              </div>
            ))}
          </div>
          <ControlledField
            control={control}
            name="assessors"
            label={t('newAssessment.fields.assessors')}
            htmlFor="field-assessors"
            hint={t('newAssessment.fields.assessorsHelp')}
          >
            {(field) => (
              <Input
                {...field}
                id="field-assessors"
                data-testid="field-assessor"
                placeholder={t('newAssessment.fields.assessorsPlaceholder')}
              />
            )}
          </ControlledField>
          <BankFields catalog={catalog} control={control} setValue={setValue} />
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={isSubmitting}
              data-testid="create-assessment"
            >
              {t('newAssessment.create')}
            </Button>
            <Button onClick={() => void navigate(paths.assessments)}>
              {t('newAssessment.cancel')}
            </Button>
          </Space>
        </form>
      </Form>
    </Card>
  )
}
