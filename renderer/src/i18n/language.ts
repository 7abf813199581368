/** The interface languages, as BCP 47 tags (also the i18next language codes). */
export const APP_LANGUAGES = ['zh-CN', 'en-US'] as const

export type AppLanguage = (typeof APP_LANGUAGES)[number]

/** The product's home market: used when nothing else decides. */
export const DEFAULT_LANGUAGE: AppLanguage = 'zh-CN'

export const isAppLanguage = (value: unknown): value is AppLanguage =>
  typeof value === 'string' && (APP_LANGUAGES as readonly string[]).includes(value)

/**
 * The language the operating system / browser asks for: any Chinese variant → zh-CN, anything
 * else → en-US (the only two we ship). No information at all → the default, zh-CN.
 */
export function detectSystemLanguage(systemLanguage: string | undefined): AppLanguage {
  if (!systemLanguage) return DEFAULT_LANGUAGE
  return systemLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US'
}

/** A language the user chose explicitly wins; otherwise follow the system. */
export function resolveInitialLanguage(
  storedChoice: string | null | undefined,
  systemLanguage: string | undefined
): AppLanguage {
  return isAppLanguage(storedChoice) ? storedChoice : detectSystemLanguage(systemLanguage)
}
