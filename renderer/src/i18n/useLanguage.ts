import { useTranslation } from 'react-i18next'
import { chooseLanguage, currentLanguage } from './i18n'
import type { AppLanguage } from './language'

/** The shown language and the way to change it; re-renders on every change. */
export function useLanguage(): {
  language: AppLanguage
  setLanguage: (language: AppLanguage) => Promise<void>
} {
  // Subscribes this component to language changes; the value itself comes from the instance.
  useTranslation()
  return { language: currentLanguage(), setLanguage: chooseLanguage }
}
