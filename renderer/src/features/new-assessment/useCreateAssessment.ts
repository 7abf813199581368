import { App } from 'antd'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { findProfile } from '@shared/bank/lookup'
import { paths } from '../../app/paths'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { getDatabase } from '../../db/database'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { formatReportNumber } from '@shared/assessment/report-fields'
import { createAssessment } from '../../db/repos/assessments'
import { nextReportSequence } from '../../db/repos/report-fields'
import { getBank } from '../../db/repos/banks'
import { useActorName } from '../settings/useActorName'
import { toMetadata, type NewAssessmentForm } from './new-assessment-form'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Creates the assessment the form describes and opens its first section; true once created. */
export function useCreateAssessment(
  catalog: readonly BankCatalogEntry[]
): (form: NewAssessmentForm) => Promise<boolean> {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const navigate = useNavigate()
  const actor = useActorName()
  const { assessorName, defaultConfidentiality, reportNumberPattern } = useAppSettings()

  return async (form) => {
    try {
      const entered = toMetadata(form)
      const entry = catalog.find((bank) => bank.contentHash === form.bankHash)
      const db = getDatabase()
      const bank = entry && (await getBank(db, entry))
      const profile = bank && findProfile(bank, form.profileId)
      if (!entry || !profile) throw new Error(`bank ${form.bankHash} or its profile is missing`)
      const ref = { id: entry.id, version: entry.version, contentHash: entry.contentHash }
      // The report of record's number and label start from Settings (editable on the 报告 screen).
      const seq = await nextReportSequence(db, entered.period.end.slice(0, 4))
      const metadata = {
        ...entered,
        reportNumber: formatReportNumber(reportNumberPattern, {
          periodEnd: entered.period.end,
          id: crypto.randomUUID(),
          seq
        }),
        confidentiality: defaultConfidentiality
      }
      // The audit trail names the assessor from Settings, else the first assessor on the form.
      const by = assessorName.trim() || metadata.assessors[0] || actor
      const id = await createAssessment(db, { metadata, bank: ref, profile }, by)
      void message.success(t('newAssessment.created'))
      await navigate(paths.section(id, entry.firstSectionId))
      return true
    } catch (error) {
      failed(error, (message) => t('newAssessment.failed', { message }))
      return false
    }
  }
}
