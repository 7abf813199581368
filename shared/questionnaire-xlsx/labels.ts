/**
 * The words of the fill-in form: maturity levels, yes/partial/no, N/A and the question types, in
 * both languages. The writer offers the words of the chosen language in dropdowns; the reader
 * accepts either language (and bare digits, full-width too), because a form is often filled by
 * someone other than the person who exported it.
 */
import type { Locale, LocalizedText } from '../bank/primitives'
import type { QuestionType } from '../bank/question'

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en })

/** Short names of maturity levels 0–4; the dropdown item is `${level} ${name}`. */
export const MATURITY_NAMES: readonly LocalizedText[] = [
  t('未建立', 'Not in place'),
  t('初始', 'Initial'),
  t('规范', 'Defined'),
  t('量化', 'Measured'),
  t('优化', 'Optimizing')
]

/** The dropdown item of a maturity level: the level number leads, so a reader needs only the digit. */
export function maturityItem(level: number, locale: Locale): string {
  return `${level} ${MATURITY_NAMES[level]?.[locale] ?? ''}`.trim()
}

export const YES_PARTIAL_NO = ['yes', 'partial', 'no'] as const
export type YesPartialNo = (typeof YES_PARTIAL_NO)[number]

export const YPN_LABELS: Record<YesPartialNo, LocalizedText> = {
  yes: t('是', 'Yes'),
  partial: t('部分', 'Partial'),
  no: t('否', 'No')
}

/** What the answer cell holds for "not applicable", in each language. */
export const NA_LABEL = t('不适用', 'N/A')

/** Every spelling read as N/A (compared after {@link normalizeWord}). */
const NA_WORDS = new Set(['不适用', '不適用', 'n/a', 'na', 'n.a.', 'not applicable'])

export const TYPE_LABELS: Record<QuestionType, LocalizedText> = {
  maturity: t('成熟度 0–4', 'Maturity 0–4'),
  yesPartialNo: t('是/部分/否', 'Yes/partial/no'),
  singleChoice: t('单选', 'Single choice'),
  multiChoice: t('多选', 'Multiple choice'),
  number: t('数值', 'Number'),
  percentage: t('百分比 0–100', 'Percentage 0–100'),
  date: t('日期', 'Date'),
  text: t('文字', 'Text'),
  evidence: t('证据', 'Evidence')
}

/** Yes/no in the form's language, for informational columns. */
export const YES_NO: Record<'yes' | 'no', LocalizedText> = {
  yes: t('是', 'yes'),
  no: t('否', 'no')
}

/**
 * A typed entry as the reader compares it: Unicode compatibility form (full-width digits and
 * letters become ASCII, the ideographic space a space), blanks collapsed, lower case. Used for
 * typed fields only; free text is kept exactly as written.
 */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Whether a typed entry means "not applicable". */
export function isNaWord(text: string): boolean {
  return NA_WORDS.has(normalizeWord(text))
}

/** `是/部分/否/不适用 (yes/partial/no/N/A)`: the accepted words, for messages. */
export function ypnChoices(allowNA: boolean): string {
  const zh = YES_PARTIAL_NO.map((v) => YPN_LABELS[v]['zh-CN'])
  const en = YES_PARTIAL_NO.map((v) => YPN_LABELS[v]['en-US'].toLowerCase())
  if (allowNA) {
    zh.push(NA_LABEL['zh-CN'])
    en.push(NA_LABEL['en-US'])
  }
  return `${zh.join('/')} (${en.join('/')})`
}

/** Reads yes/partial/no from a typed entry in either language, or undefined. */
export function readYesPartialNo(text: string): YesPartialNo | undefined {
  const word = normalizeWord(text)
  for (const value of YES_PARTIAL_NO) {
    const label = YPN_LABELS[value]
    if (
      word === value ||
      word === normalizeWord(label['zh-CN']) ||
      word === label['en-US'].toLowerCase()
    )
      return value
  }
  if (word === 'y' || word === 'true') return 'yes'
  if (word === 'n' || word === 'false') return 'no'
  return undefined
}

/** A key system's class under the CSRC 2021 measures; index 0 is 第一类 (class 1). */
export const SYSTEM_CLASS_LABELS: readonly LocalizedText[] = [
  t('第一类', 'Class 1'),
  t('第二类', 'Class 2'),
  t('第三类', 'Class 3'),
  t('第四类', 'Class 4'),
  t('第五类', 'Class 5')
]

const CHINESE_DIGITS = ['一', '二', '三', '四', '五']

/**
 * Reads a system class from a typed entry: 第三类, 三类, Class 3, class3, 3 (full-width too).
 * `null` for an empty or "unclassified" entry; undefined when it is not a class at all.
 */
export function readSystemClass(text: string): 1 | 2 | 3 | 4 | 5 | null | undefined {
  const word = normalizeWord(text).replace(/\s+/g, '')
  if (word === '' || word === '未分类' || word === 'unclassified') return null
  const digit = /^(?:class)?([1-5])(?:类)?$/.exec(word)?.[1]
  const chinese = /^第?([一二三四五])类$/.exec(word)?.[1]
  const index = digit !== undefined ? Number(digit) - 1 : CHINESE_DIGITS.indexOf(chinese ?? '')
  return index >= 0 && index < 5 ? ((index + 1) as 1 | 2 | 3 | 4 | 5) : undefined
}

/** `第一类/…/第五类 (Class 1 … Class 5)`: the accepted classes, for messages. */
export function systemClassChoices(): string {
  return `${SYSTEM_CLASS_LABELS.map((label) => label['zh-CN']).join('/')} (Class 1 … Class 5)`
}
