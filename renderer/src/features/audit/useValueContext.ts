import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { ScoringProfile } from '@shared/bank/profile'
import { useLanguage } from '../../i18n/useLanguage'
import type { ValueContext } from './audit-values'

const REVIEW_STATUSES = ['draft', 'inReview', 'finalized'] as const
const FINDING_STATUSES = ['open', 'inProgress', 'done', 'accepted'] as const
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/**
 * How stored values read in `locale` (level names, yes/partly/no, option labels, statuses,
 * punctuation): the one wording the audit log and the merge view share.
 */
export function valueContext(
  t: TFunction,
  locale: Locale,
  index: BankIndex,
  profile: ScoringProfile
): ValueContext {
  return {
    index,
    profile,
    locale,
    words: {
      empty: t('audit.values.empty'),
      listSeparator: t('common.listSeparator'),
      colon: t('common.colon'),
      clauseSeparator: t('common.clauseSeparator'),
      parenthetical: (text) => t('common.parenthetical', { text }),
      evidenceDate: (date) => t('audit.values.evidenceDate', { date }),
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
        isOneOf(REVIEW_STATUSES, status) ? t(`review.status.${status}`) : status,
      findingStatus: (status) =>
        isOneOf(FINDING_STATUSES, status) ? t(`remediation.statuses.${status}`) : status
    }
  }
}

/** valueContext in the shown language, for the assessment's bank and profile. */
export function useValueContext(index: BankIndex, profile: ScoringProfile): ValueContext {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return useMemo(() => valueContext(t, language, index, profile), [t, language, index, profile])
}
