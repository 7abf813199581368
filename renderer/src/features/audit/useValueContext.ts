import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BankIndex } from '@shared/bank/lookup'
import type { ScoringProfile } from '@shared/bank/profile'
import { useLanguage } from '../../i18n/useLanguage'
import type { ValueContext } from '../audit/audit-values'

/** The audit screen's value rendering (level names, yes/partly/no, option labels) for the merge view. */
export function useValueContext(index: BankIndex, profile: ScoringProfile): ValueContext {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return useMemo(
    () => ({
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
        status: (status) => status,
        findingStatus: (status) =>
          status === 'open' || status === 'inProgress' || status === 'done' || status === 'accepted'
            ? t(`results.findings.statuses.${status}`)
            : status
      }
    }),
    [index, profile, language, t]
  )
}
