import { detectSystemLanguage } from '@shared/util/system-language'

/** The interface languages, as BCP 47 tags (also the i18next language codes). */
export const APP_LANGUAGES = ['zh-CN', 'en-US'] as const

export type AppLanguage = (typeof APP_LANGUAGES)[number]

/** The product's home market: used when nothing else decides. */
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN'

export const isAppLanguage = (value: unknown): value is AppLanguage =>
  typeof value === 'string' && (APP_LANGUAGES as readonly string[]).includes(value)

export { detectSystemLanguage }

/** A language the user chose explicitly wins; otherwise follow the system. */
export function resolveInitialLanguage(
  storedChoice: string | null | undefined,
  systemLanguage: string | undefined
): AppLanguage {
  return isAppLanguage(storedChoice) ? storedChoice : detectSystemLanguage(systemLanguage)
}
