import i18next, { type TOptions } from 'i18next'
import { enUS } from '../../../renderer/src/i18n/locales/en-US'
import { zhCN } from '../../../renderer/src/i18n/locales/zh-CN'

export type AppLanguage = 'zh-CN' | 'en-US'

/** A UI text by its i18n key, worded exactly as the app words it (nesting and placeholders too). */
export type UiText = (key: string, options?: TOptions) => string

/**
 * The app's own messages for one language, so page objects can find controls by the accessible
 * names users read (getByRole, getByLabel) without spelling the words out a second time.
 */
export function uiText(language: AppLanguage): UiText {
  const i18n = i18next.createInstance()
  void i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false }
  })
  return (key, options) => {
    if (!i18n.exists(key)) throw new Error(`no UI text "${key}" in ${language}`)
    return i18n.t(key, options)
  }
}

/** The app's language for a Playwright locale (the app shows zh-CN unless the system says English). */
export const appLanguage = (locale: string | undefined): AppLanguage =>
  locale?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN'

/**
 * Matches an accessible name that is this text, after an icon's name if the control has one
 * (antd buttons are named "send 提交复核": the icon's label comes first). antd also spaces out a
 * label of exactly two Chinese characters ("取 消"), so such a label matches with or without it.
 */
export function named(text: string): RegExp {
  const characters = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const spacedOut = /^\p{Script=Han}{2}$/u.test(text)
  return new RegExp(`(^|\\s)${characters.join(spacedOut ? ' ?' : '')}$`, 'u')
}
