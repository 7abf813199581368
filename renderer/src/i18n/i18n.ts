import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { zhCN } from './locales/zh-CN'
import {
  APP_LANGUAGES,
  DEFAULT_LANGUAGE,
  isAppLanguage,
  resolveInitialLanguage,
  type AppLanguage
} from './language'
import { readLanguagePreference, writeLanguagePreference } from './language-preference'
import type { Messages } from './messages'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

/** The app's one i18next instance; react-i18next hooks reach it through initReactI18next. */
export const i18n = i18next.createInstance()

/**
 * Each language's messages. zh-CN, the default, comes with the start-up JavaScript; en-US is its
 * own chunk (see renderer/locale-split-plugin.ts), loaded (locally) at start-up when it is the
 * chosen language, else on the first switch to it.
 */
const messagesOf: Record<AppLanguage, () => Promise<Messages>> = {
  'zh-CN': () => Promise.resolve(zhCN),
  'en-US': () => import('./locales/en-US').then((module) => module.enUS)
}

/** Makes sure the language's messages are loaded before it is shown. */
async function loadLanguage(language: AppLanguage): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation'))
    i18n.addResourceBundle(language, 'translation', await messagesOf[language]())
}

/** Keeps the document (screen readers, CJK font selection, window title) in step with the UI. */
function syncDocument(language: string): void {
  document.documentElement.lang = language
  document.title = i18n.t('app.name')
}

/**
 * Start-up step: load the resources of the language the user chose before, else the system's.
 * They are part of the app, so this never touches the network.
 */
export async function initI18n(): Promise<AppLanguage> {
  const language = resolveInitialLanguage(readLanguagePreference(localStorage), navigator.language)
  i18n.on('languageChanged', syncDocument)
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation: await messagesOf[language]() } },
    // The other language's resources are added when it is chosen (loadLanguage).
    partialBundledLanguages: true,
    lng: language,
    supportedLngs: APP_LANGUAGES,
    // Both locales are complete (locales.test.ts), so a fallback would only hide a bug.
    fallbackLng: false,
    // React escapes on render; escaping here too would double-escape.
    interpolation: { escapeValue: false }
  })
  return language
}

/** The language currently shown. */
export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}

/** An explicit user choice: applied now and remembered across restarts. */
export async function chooseLanguage(language: AppLanguage): Promise<void> {
  writeLanguagePreference(localStorage, language)
  await loadLanguage(language)
  await i18n.changeLanguage(language)
}
