import i18next, { type TFunction } from 'i18next'
import type { AppLanguage } from './language'
import { enUS } from './locales/en-US'
import { zhCN } from './locales/zh-CN'

/**
 * Test-only: a `t` fixed to each app language over the app's own messages, set up as the app's
 * instance words them (both languages loaded, no fallback, no escaping: React escapes on render).
 */
export async function fixedLanguageT(): Promise<Record<AppLanguage, TFunction>> {
  const i18n = i18next.createInstance()
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    lng: 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false }
  })
  return { 'zh-CN': i18n.getFixedT('zh-CN'), 'en-US': i18n.getFixedT('en-US') }
}
