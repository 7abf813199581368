import { Select } from 'antd'
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { localize } from '@shared/bank/lookup'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { useLanguage } from '../../i18n/useLanguage'
import { ControlledField } from '../../components/ControlledField'
import type { NewAssessmentForm } from './new-assessment-form'

interface BankFieldsProps {
  catalog: readonly BankCatalogEntry[]
  control: Control<NewAssessmentForm>
  setValue: UseFormSetValue<NewAssessmentForm>
}

/** The bank and its scoring profile; choosing another bank selects that bank's default profile. */
export function BankFields({ catalog, control, setValue }: BankFieldsProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const bankHash = useWatch({ control, name: 'bankHash' })
  const bank = catalog.find((entry) => entry.contentHash === bankHash)
  return (
    <>
      <ControlledField
        control={control}
        name="bankHash"
        label={t('newAssessment.fields.bank')}
        htmlFor="field-bank"
      >
        {(field) => (
          <Select
            id="field-bank"
            data-testid="field-bank"
            value={field.value}
            onBlur={field.onBlur}
            onChange={(hash: string) => {
              field.onChange(hash)
              const next = catalog.find((entry) => entry.contentHash === hash)
              setValue('profileId', next?.defaultProfileId ?? '', { shouldValidate: true })
            }}
            options={catalog.map((entry) => ({
              value: entry.contentHash,
              label: t('newAssessment.fields.bankOption', {
                title: localize(entry.title, language),
                version: entry.version
              })
            }))}
          />
        )}
      </ControlledField>
      <ControlledField
        control={control}
        name="profileId"
        label={t('newAssessment.fields.profile')}
        htmlFor="field-profile"
      >
        {(field) => (
          <Select
            id="field-profile"
            data-testid="field-profile"
            value={field.value || undefined}
            onBlur={field.onBlur}
            onChange={field.onChange}
            options={(bank?.profiles ?? []).map((profile) => ({
              value: profile.id,
              label: localize(profile.name, language)
            }))}
          />
        )}
      </ControlledField>
    </>
  )
}
