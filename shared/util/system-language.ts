import type { Locale } from '../bank/primitives'

/**
 * The app language for an operating-system / browser language tag: any Chinese variant → zh-CN,
 * anything else → en-US (the only two we ship); no information at all → zh-CN, the product's
 * default. The renderer picks its first language with this and main its dialogs, so a start-up
 * error speaks the language the window would have.
 */
export function detectSystemLanguage(systemLanguage: string | undefined): Locale {
  if (!systemLanguage) return 'zh-CN'
  return systemLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US'
}
