/**
 * The answer cell of each question type, both ways: what the writer puts in it for a stored value,
 * and what the reader makes of what a person typed or picked. Typed entries are compared after
 * Unicode normalisation (full-width digits work); a text answer is kept exactly as written.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { AnswerValue } from '../assessment/assessment'
import type { Locale } from '../bank/primitives'
import type { Question } from '../bank/question'
import { parseNumberText, printNumber, shown, type CellData } from '../bank-xlsx/index'
import {
  isNaWord,
  MATURITY_NAMES,
  maturityItem,
  NA_LABEL,
  normalizeWord,
  readYesPartialNo,
  YPN_LABELS,
  ypnChoices,
  type YesPartialNo
} from './labels'
import { readChoices } from './choice-cell'

/** The schema's limit on a text answer. */
export const MAX_TEXT_ANSWER = 20_000

/** What the writer puts in an answer cell: a text, a number, a date (UTC midnight) or nothing. */
export function answerCellValue(
  question: Question,
  value: AnswerValue,
  locale: Locale
): string | number | Date | undefined {
  if (value === null) return undefined
  switch (question.type) {
    case 'maturity':
      return typeof value === 'number' ? maturityItem(value, locale) : String(value)
    case 'yesPartialNo': {
      const label = YPN_LABELS[value as YesPartialNo] as (typeof YPN_LABELS)['yes'] | undefined
      return label?.[locale] ?? String(value)
    }
    case 'singleChoice':
      return question.options.find((o) => o.id === value)?.label[locale] ?? String(value)
    case 'multiChoice': {
      const ids = Array.isArray(value) ? value : [String(value)]
      const labels = ids.map((id) => question.options.find((o) => o.id === id)?.label[locale] ?? id)
      return labels.join(locale === 'zh-CN' ? '；' : '; ')
    }
    case 'number':
    case 'percentage':
      return typeof value === 'number' ? value : String(value)
    case 'date': {
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null
      if (match === null) return String(value)
      return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    }
    case 'text':
      return typeof value === 'string' ? value : String(value)
    case 'evidence':
      return undefined
  }
}

/** The written N/A word of a locale. */
export const naCellText = (locale: Locale): string => NA_LABEL[locale]

/** What the reader made of an answer cell. */
export type ReadAnswer =
  | { kind: 'empty' }
  | { kind: 'na' }
  | { kind: 'value'; value: AnswerValue }
  | { kind: 'error'; problem: IssueText }

const error = (problem: IssueText): ReadAnswer => ({ kind: 'error', problem })
const value = (v: AnswerValue): ReadAnswer => ({ kind: 'value', value: v })

/** How the cell was formatted, for numbers Excel turned into fractions ("85%" typed → 0.85). */
export interface CellFormat {
  percent: boolean
}

/** Reads the answer cell of `question`; `raw` is the decoded cell (undefined when empty). */
export function readAnswerCell(
  question: Question,
  raw: CellData | undefined,
  format: CellFormat = { percent: false }
): ReadAnswer {
  if (raw === undefined) return { kind: 'empty' }
  if (typeof raw === 'string' && isNaWord(raw)) return { kind: 'na' }
  switch (question.type) {
    case 'maturity':
      return readMaturity(raw, question.allowNA)
    case 'yesPartialNo': {
      const answer = typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : readYesPartialNo(String(raw))
      return answer === undefined
        ? error(
            issueText('form.notOneOf', { value: shown(raw), choices: ypnChoices(question.allowNA) })
          )
        : value(answer)
    }
    case 'singleChoice':
    case 'multiChoice': {
      const read = readChoices(question, raw)
      return 'problem' in read ? error(read.problem) : value(read.value)
    }
    case 'number':
      return readNumber(question, raw)
    case 'percentage':
      return readPercentage(raw, format)
    case 'date':
      return readDate(raw)
    case 'text': {
      const text = typeof raw === 'string' ? raw : cellText(raw)
      return text.length > MAX_TEXT_ANSWER
        ? error(issueText('form.textTooLong', { length: text.length, maximum: MAX_TEXT_ANSWER }))
        : value(text)
    }
    case 'evidence':
      return error(
        issueText(question.allowNA ? 'form.evidenceInAnswerNA' : 'form.evidenceInAnswer')
      )
  }
}

/** A non-text cell as text: numbers as written, dates as YYYY-MM-DD, booleans as TRUE/FALSE. */
function cellText(raw: CellData): string {
  if (typeof raw === 'number') return printNumber(raw)
  if (raw instanceof Date) return raw.toISOString().slice(0, 10)
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE'
  return raw
}

const LEVEL = /^([0-4])(?:\s*[.:：、)）\-–—]?\s*(.*))?$/

function readMaturity(raw: CellData, allowNA: boolean): ReadAnswer {
  const levels = MATURITY_NAMES.map((_, level) => maturityItem(level, 'zh-CN')).join('/')
  const problem = (): ReadAnswer =>
    error(
      issueText('form.maturityNotOneOf', {
        value: shown(raw),
        choices: `${levels}${allowNA ? `/${NA_LABEL['zh-CN']}` : ''}`
      })
    )
  if (typeof raw === 'number')
    return Number.isInteger(raw) && raw >= 0 && raw <= 4 ? value(raw) : problem()
  if (typeof raw !== 'string') return problem()
  const word = normalizeWord(raw).replace(/^l(?=[0-4]\b)/, '')
  const matchesName = (level: number, text: string): boolean => {
    const name = MATURITY_NAMES[level]
    return (
      name !== undefined &&
      (normalizeWord(name['zh-CN']) === text || normalizeWord(name['en-US']) === text)
    )
  }
  const numbered = LEVEL.exec(word)
  if (numbered !== null) {
    const level = Number(numbered[1])
    const rest = (numbered[2] ?? '').trim()
    if (rest === '' || matchesName(level, rest)) return value(level)
    const named = MATURITY_NAMES.findIndex((_, other) => matchesName(other, rest))
    if (named >= 0)
      return error(
        issueText('form.maturityMismatch', {
          value: shown(raw),
          level,
          name: shown(rest),
          named,
          choices: levels
        })
      )
    return problem()
  }
  const named = MATURITY_NAMES.findIndex((_, level) => matchesName(level, word))
  return named >= 0 ? value(named) : problem()
}

/** A number from a number cell or typed text (full-width digits accepted). */
function numberOf(raw: CellData): number | undefined {
  if (typeof raw === 'number') return raw
  if (typeof raw !== 'string') return undefined
  return parseNumberText(raw.normalize('NFKC'))
}

function readNumber(question: Extract<Question, { type: 'number' }>, raw: CellData): ReadAnswer {
  const number = numberOf(raw)
  const unit =
    question.unit === undefined ? '' : ` (${question.unit['zh-CN']} / ${question.unit['en-US']})`
  if (number === undefined || !Number.isFinite(number))
    return error(issueText('form.notNumber', { unit, value: shown(raw) }))
  if (question.integer && !Number.isInteger(number))
    return error(issueText('form.notWhole', { value: shown(raw) }))
  if (question.min !== undefined && number < question.min)
    return error(issueText('form.belowMin', { minimum: question.min, value: shown(raw) }))
  if (question.max !== undefined && number > question.max)
    return error(issueText('form.aboveMax', { maximum: question.max, value: shown(raw) }))
  return value(number)
}

function readPercentage(raw: CellData, format: CellFormat): ReadAnswer {
  let number: number | undefined
  if (typeof raw === 'number') number = format.percent ? raw * 100 : raw
  else if (typeof raw === 'string') {
    const text = raw.normalize('NFKC').trim()
    number = text.endsWith('%') ? parseNumberText(text.slice(0, -1)) : parseNumberText(text)
  }
  if (number === undefined || !Number.isFinite(number))
    return error(issueText('form.notPercentage', { value: shown(raw) }))
  // 0.85 × 100 is 85.00000000000001 in binary; an entry has at most a few decimals.
  number = Math.round(number * 1e9) / 1e9
  if (number < 0 || number > 100)
    return error(issueText('form.notPercentage', { value: shown(raw) }))
  return value(number)
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/

/** A date cell (a real date, or YYYY-MM-DD and similar text) as YYYY-MM-DD, or why not. */
export function readDate(raw: CellData): ReadAnswer {
  let parts: [number, number, number] | undefined
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return error(issueText('form.invalidDate'))
    parts = [raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()]
  } else if (typeof raw === 'string') {
    const match = DATE_TEXT.exec(raw.normalize('NFKC').trim())
    if (match !== null) parts = [Number(match[1]), Number(match[2]), Number(match[3])]
  }
  if (parts === undefined) return error(issueText('form.notDate', { value: shown(raw) }))
  const [year, month, day] = parts
  const date = new Date(Date.UTC(year, month - 1, day))
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return error(issueText('form.notRealDate', { date: iso }))
  return value(iso)
}
