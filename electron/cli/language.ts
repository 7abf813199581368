import type { Locale } from '../../shared/bank/primitives'
import { issueLanguage } from '../../shared/issues/catalogue/texts'
import { describeIssue, describePlace } from '../../shared/issues/describe'
import type { ValidationIssue } from '../../shared/util/validation'

/**
 * The language the command line speaks its problems in: `--lang`, else the POSIX locale
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set decides), and zh-CN, the product's
 * language, unless that locale says English.
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value !== undefined && value !== '') return issueLanguage(value)
  }
  return 'zh-CN'
}

/** A text the command line prints, in both languages (or one text for both, such as a path). */
export type CliText = string | Readonly<Record<Locale, string>>

export const say = (text: CliText, language: Locale): string =>
  typeof text === 'string' ? text : text[language]

/** The same words filled in for each language. */
const both = (make: (language: Locale) => string): Record<Locale, string> => ({
  'zh-CN': make('zh-CN'),
  'en-US': make('en-US')
})

/** The colon between a place and what is wrong there, as each language writes it. */
const COLON: Record<Locale, string> = { 'zh-CN': '：', 'en-US': ': ' }

/** A problem in one language: `place: words`, or only the words for the file as a whole. */
function problemLine(issue: ValidationIssue, language: Locale): string {
  const words = describeIssue(issue, language)
  const place = issue.place
  if (place === undefined) return `${issue.path}${COLON[language]}${words}`
  const wholeFile = Object.keys(place).length === 0 || ('sheet' in place && place.sheet === '')
  return wholeFile ? words : `${describePlace(place, language)}${COLON[language]}${words}`
}

const FRAME = {
  'zh-CN': { count: (n: number) => `${n} 个问题`, invalid: '无法使用', more: '……另有' },
  'en-US': {
    count: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
    invalid: 'is invalid',
    more: '… and'
  }
} as const

/**
 * A refused input in both languages: one line when there is one problem
 * (`broken.xlsx: workbook: the shared texts …`), else a heading and one line per problem.
 */
export function refusalTexts(
  what: string,
  issues: readonly ValidationIssue[],
  limit: number
): { line: CliText; details: CliText[] } {
  const [first] = issues
  if (issues.length === 1 && first !== undefined)
    return { line: both((l) => `${what}${COLON[l]}${problemLine(first, l)}`), details: [] }
  const line = both((l) =>
    l === 'zh-CN'
      ? `${what} ${FRAME[l].invalid}（${FRAME[l].count(issues.length)}）：`
      : `${what} ${FRAME[l].invalid} (${FRAME[l].count(issues.length)}):`
  )
  const details: CliText[] = issues
    .slice(0, limit)
    .map((issue) => both((l) => `  ${problemLine(issue, l)}`))
  if (issues.length > limit)
    details.push(
      both((l) =>
        l === 'zh-CN'
          ? `  ${FRAME[l].more} ${issues.length - limit} 个`
          : `  ${FRAME[l].more} ${issues.length - limit} more`
      )
    )
  return { line, details }
}

/** Refusals the command line words itself (file-level, before any reader runs). */
export const CLI_TEXTS = {
  notUtf8: (path: string): CliText => ({
    'zh-CN': `${path} 不是 UTF-8 文本`,
    'en-US': `${path} is not UTF-8 text`
  }),
  tooLarge: (path: string, mib: number): CliText => ({
    'zh-CN': `无法读取 ${path}：文件大于 ${mib} MiB`,
    'en-US': `cannot read ${path}: the file is larger than ${mib} MiB`
  }),
  notBankFile: (path: string): CliText => ({
    'zh-CN': `${path}：题库须为 .json 或 .xlsx 文件`,
    'en-US': `${path}: a bank must be a .json or .xlsx file`
  }),
  unexpected: (message: string): CliText => ({
    'zh-CN': `意外错误：${message}`,
    'en-US': `unexpected error: ${message}`
  })
}
