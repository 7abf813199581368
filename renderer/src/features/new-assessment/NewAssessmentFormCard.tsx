import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Card, Form, Input, Space } from 'antd'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { BankFields } from './BankFields'
import { FormField } from './FormField'
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
  const { errors, isSubmitting } = formState
  // While the workspace loads, the router may still show this form; coming back to "New" before
  // it has gone must not offer the previous assessment's entries again.
  const submit = async (form: NewAssessmentForm): Promise<void> => {
    if (await create(form)) reset(defaults)
  }

  return (
    <Card style={{ maxWidth: 760 }}>
      <Form layout="vertical" component={false} requiredMark="optional" colon={false}>
        <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
          <FormField
            label={t('newAssessment.fields.institution')}
            htmlFor="field-institution"
            required
            error={errors.institution}
          >
            <Controller
              control={control}
              name="institution"
              render={({ field }) => (
                <Input
                  {...field}
                  id="field-institution"
                  data-testid="field-institution"
                  autoFocus
                  autoComplete="organization"
                  placeholder={t('newAssessment.fields.institutionPlaceholder')}
                />
              )}
            />
          </FormField>
          <FormField
            label={t('newAssessment.fields.scope')}
            htmlFor="field-scope"
            help={t('newAssessment.fields.scopeHelp')}
            error={errors.scope}
          >
            <Controller
              control={control}
              name="scope"
              render={({ field }) => (
                <ScopeSelect
                  id="field-scope"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
          </FormField>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            {(['periodStart', 'periodEnd'] as const).map((name) => (
              <div key={name} style={{ flex: '1 1 220px' }}>
                <FormField
                  label={t(`newAssessment.fields.${name}`)}
                  htmlFor={`field-${name}`}
                  help={name === 'periodStart' ? t('newAssessment.fields.periodHelp') : undefined}
                  error={errors[name]}
                >
                  <Controller
                    control={control}
                    name={name}
                    render={({ field }) => (
                      <Input
                        {...field}
                        id={`field-${name}`}
                        type="date"
                        data-testid={
                          name === 'periodStart' ? 'field-period-start' : 'field-period-end'
                        }
                      />
                    )}
                  />
                </FormField>
              </div>
            ))}
          </div>
          <FormField
            label={t('newAssessment.fields.assessors')}
            htmlFor="field-assessors"
            help={t('newAssessment.fields.assessorsHelp')}
            error={errors.assessors}
          >
            <Controller
              control={control}
              name="assessors"
              render={({ field }) => (
                <Input
                  {...field}
                  id="field-assessors"
                  data-testid="field-assessor"
                  placeholder={t('newAssessment.fields.assessorsPlaceholder')}
                />
              )}
            />
          </FormField>
          <BankFields catalog={catalog} control={control} errors={errors} setValue={setValue} />
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
