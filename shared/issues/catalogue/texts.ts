/**
 * One problem's words in each language the app speaks. `{{name}}` stands for a parameter the
 * reader gives; a parameter may itself be words in both languages (a term, terms.ts).
 */
export interface IssueTexts {
  'zh-CN': string
  'en-US': string
}

/** A problem's (or a term's) words: Chinese first, English second, as the catalogue lists them. */
export function bilingual(zh: string, en: string): IssueTexts {
  return { 'zh-CN': zh, 'en-US': en }
}

export type IssueLanguage = keyof IssueTexts

export const ISSUE_LANGUAGES: readonly IssueLanguage[] = ['zh-CN', 'en-US']

/** `en`, `en-US`, `en_GB.UTF-8` → en-US; anything else → zh-CN, the app's default language. */
export function issueLanguage(language: string | undefined): IssueLanguage {
  return language !== undefined && /^en(?:[-_.]|$)/i.test(language) ? 'en-US' : 'zh-CN'
}
