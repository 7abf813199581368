import { createContext, use, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { AppLanguage } from '../../i18n/language'
import { useLanguage } from '../../i18n/useLanguage'

export interface SectionTranslation {
  t: TFunction<'translation', undefined>
  language: AppLanguage
}

/**
 * One translation hook for a whole section page. react-i18next 17 builds a wrapper of the i18n
 * instance (copying all its property descriptors) for every useTranslation it mounts; at six per
 * question card, a 120-question section spent most of its mount time there (PERF-UI-2). The
 * cards read `t` from here instead; the value changes only with the language, so memoised cards
 * still re-render only for their own answer.
 */
export const SectionTranslationContext = createContext<SectionTranslation | null>(null)

/** The section page's translation, made once; provide it with SectionTranslationContext. */
export function useSectionTranslationValue(): SectionTranslation {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return useMemo(() => ({ t, language }), [t, language])
}

/** `t` (and the language) inside a question card. */
export function useSectionTranslation(): SectionTranslation {
  const value = use(SectionTranslationContext)
  if (!value) throw new Error('useSectionTranslation is used outside a section page')
  return value
}
