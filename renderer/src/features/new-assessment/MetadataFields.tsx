import { Input } from 'antd'
import type { Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ControlledField } from '../../components/ControlledField'
import type { NewAssessmentForm } from './new-assessment-form'
import { KeySystemsEditor } from '../systems/KeySystemsEditor'

/** What the assessment is about: institution, key systems, period and assessors. */
export function MetadataFields({ control }: { control: Control<NewAssessmentForm> }) {
  const { t } = useTranslation()
  return (
    <>
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
        name="systems"
        label={t('newAssessment.fields.systems')}
        hint={t('newAssessment.fields.systemsHelp')}
      >
        {(field) => <KeySystemsEditor value={field.value} onChange={field.onChange} />}
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
                  data-testid={name === 'periodStart' ? 'field-period-start' : 'field-period-end'}
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
    </>
  )
}
