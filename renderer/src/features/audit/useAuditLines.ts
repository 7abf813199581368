import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuditLog } from '../../db/hooks/useAssessments'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { describeAudit, type AuditLine } from './audit-entries'
import type { ValueContext } from './audit-values'

/** The assessment's audit trail, newest first, as readable lines (undefined while loading). */
export function useAuditLines(): AuditLine[] | undefined {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, index } = useWorkspace()
  const entries = useAuditLog(assessment.id).data
  const profile = assessment.profile
  return useMemo(() => {
    if (!entries) return undefined
    const context: ValueContext = {
      index,
      profile,
      locale: language,
      words: {
        empty: t('audit.values.empty'),
        yes: t('audit.values.yes'),
        partial: t('audit.values.partial'),
        no: t('audit.values.no'),
        on: t('audit.values.on'),
        off: t('audit.values.off'),
        na: (reason) => t('audit.values.na', { reason }),
        items: (count) => t('audit.values.items', { count }),
        sealed: (hash) => t('audit.values.sealed', { hash }),
        periodRange: (start, end) => t('audit.values.periodRange', { start, end }),
        status: (status) =>
          status === 'draft' || status === 'inReview' || status === 'finalized'
            ? t(`review.status.${status}`)
            : status,
        findingStatus: (status) =>
          status === 'open' || status === 'inProgress' || status === 'done' || status === 'accepted'
            ? t(`results.findings.statuses.${status}`)
            : status
      }
    }
    return describeAudit(entries, assessment.id, context)
  }, [entries, index, profile, language, assessment.id, t])
}
