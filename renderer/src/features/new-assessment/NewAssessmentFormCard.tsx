import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Card, Form, Space } from 'antd'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { BankFields } from './BankFields'
import { MetadataFields } from './MetadataFields'
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
          <MetadataFields control={control} />
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
