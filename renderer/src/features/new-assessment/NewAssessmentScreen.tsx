import { Alert, Skeleton } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { PageHeading } from '../../components/PageHeading'
import { useBankCatalog } from '../../db/hooks/useBankCatalog'
import { pickDefaultBank } from '../../db/repos/bank-catalog'
import { NewAssessmentFormCard } from './NewAssessmentFormCard'
import { defaultPeriod } from './new-assessment-form'

/** Starts an assessment: a short form, then straight into the first section. */
export function NewAssessmentScreen() {
  const { t } = useTranslation()
  const catalog = useBankCatalog().data
  const { assessorName } = useAppSettings()
  // Read once: the defaults must not move while the assessor is filling the form in.
  const [today] = useState(() => new Date())

  const bank = catalog && pickDefaultBank(catalog)
  const period = defaultPeriod(today)
  return (
    <>
      <PageHeading title={t('newAssessment.title')} intro={t('newAssessment.intro')} />
      {catalog === undefined && <Skeleton active paragraph={{ rows: 8 }} />}
      {catalog !== undefined && !bank && (
        <Alert type="warning" showIcon title={t('newAssessment.noBank')} />
      )}
      {catalog !== undefined && bank && (
        <NewAssessmentFormCard
          catalog={catalog}
          defaults={{
            institution: '',
            systems: [],
            periodStart: period.start,
            periodEnd: period.end,
            assessors: assessorName,
            bankHash: bank.contentHash,
            profileId: bank.defaultProfileId
          }}
        />
      )}
    </>
  )
}
