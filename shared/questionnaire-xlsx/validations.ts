/**
 * The data validation of each answer cell, by question type. Dropdowns come from the hidden lists
 * sheet; numbers, percentages and dates get range checks; where N/A is allowed in a numeric or date
 * cell, a custom rule built here from fixed parts accepts the N/A word too. These are template
 * formulas inside validations only: no cell of the form ever holds a formula.
 */
import type ExcelJS from 'exceljs'
import type { Locale } from '../bank/primitives'
import type { Question } from '../bank/question'
import { MAX_TEXT_ANSWER } from './answer-cell'
import { maturityItem, NA_LABEL, YES_PARTIAL_NO, YPN_LABELS } from './labels'
import type { DropdownLists } from './lists'

const MESSAGES = {
  'zh-CN': { pick: '请从下拉列表中选择', number: '请填写数字', date: '请填写日期 YYYY-MM-DD' },
  'en-US': { pick: 'Pick from the list', number: 'Enter a number', date: 'Enter a date YYYY-MM-DD' }
} as const

/** Excel's range of dates (serial 1 … 9999-12-31) as the bounds of a date rule. */
const FIRST_DATE = new Date(Date.UTC(1900, 0, 1))
const LAST_DATE = new Date(Date.UTC(9999, 11, 31))

function stop(
  rule: Pick<ExcelJS.DataValidation, 'type' | 'operator' | 'formulae'>,
  title: string,
  error: string
): ExcelJS.DataValidation {
  return {
    ...rule,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title.slice(0, 32),
    error: error.slice(0, 225)
  }
}

/** `OR(F12="不适用",F12="N/A",<test>)`: N/A in either language, or the cell passes `test`. */
function naOr(
  address: string,
  test: string,
  locale: Locale,
  error: string
): ExcelJS.DataValidation {
  const words = [...new Set([NA_LABEL[locale], NA_LABEL['zh-CN'], NA_LABEL['en-US']])]
  const formula = `OR(${words.map((word) => `${address}="${word}"`).join(',')},${test})`
  return stop({ type: 'custom', formulae: [formula] }, 'answer', error)
}

function numberRule(
  address: string,
  bounds: { min?: number; max?: number; integer?: boolean },
  allowNA: boolean,
  locale: Locale
): ExcelJS.DataValidation {
  const { min, max } = bounds
  const range =
    min !== undefined && max !== undefined
      ? `${min}–${max}`
      : min !== undefined
        ? `≥ ${min}`
        : max !== undefined
          ? `≤ ${max}`
          : ''
  const kind = bounds.integer === true ? (locale === 'zh-CN' ? '整数' : 'whole number') : ''
  const error = [MESSAGES[locale].number, kind, range].filter((part) => part !== '').join(' ')
  if (allowNA) {
    const tests = [`ISNUMBER(${address})`]
    if (min !== undefined) tests.push(`${address}>=${min}`)
    if (max !== undefined) tests.push(`${address}<=${max}`)
    if (bounds.integer === true) tests.push(`${address}=INT(${address})`)
    return naOr(address, `AND(${tests.join(',')})`, locale, `${error} / ${NA_LABEL[locale]}`)
  }
  const type = bounds.integer === true ? 'whole' : 'decimal'
  if (min !== undefined && max !== undefined)
    return stop({ type, operator: 'between', formulae: [min, max] }, 'answer', error)
  if (min !== undefined)
    return stop({ type, operator: 'greaterThanOrEqual', formulae: [min] }, 'answer', error)
  if (max !== undefined)
    return stop({ type, operator: 'lessThanOrEqual', formulae: [max] }, 'answer', error)
  return stop({ type, operator: 'between', formulae: [-1e15, 1e15] }, 'answer', error)
}

/** The items of a dropdown in the form's language, N/A last where allowed. */
function withNA(items: string[], allowNA: boolean, locale: Locale): string[] {
  return allowNA ? [...items, NA_LABEL[locale]] : items
}

/** The validation of the answer cell at `address`, or undefined when the type has none. */
export function answerValidation(
  question: Question,
  address: string,
  locale: Locale,
  lists: DropdownLists
): ExcelJS.DataValidation | undefined {
  const { pick } = MESSAGES[locale]
  const dropdown = (items: string[]): ExcelJS.DataValidation =>
    lists.dropdown(withNA(items, question.allowNA, locale), 'answer', pick)
  switch (question.type) {
    case 'maturity':
      return dropdown([0, 1, 2, 3, 4].map((level) => maturityItem(level, locale)))
    case 'yesPartialNo':
      return dropdown(YES_PARTIAL_NO.map((value) => YPN_LABELS[value][locale]))
    case 'singleChoice':
      return dropdown(question.options.map((option) => option.label[locale]))
    case 'multiChoice':
      // Excel has no multi-select dropdown; the options are listed in how_to_answer.
      return undefined
    case 'number':
      return numberRule(address, question, question.allowNA, locale)
    case 'percentage':
      return numberRule(address, { min: 0, max: 100 }, question.allowNA, locale)
    case 'date':
      if (question.allowNA)
        return naOr(address, `ISNUMBER(${address})`, locale, MESSAGES[locale].date)
      return stop(
        { type: 'date', operator: 'between', formulae: [FIRST_DATE, LAST_DATE] },
        'answer',
        MESSAGES[locale].date
      )
    case 'text':
      return stop(
        { type: 'textLength', operator: 'lessThanOrEqual', formulae: [MAX_TEXT_ANSWER] },
        'answer',
        `≤ ${MAX_TEXT_ANSWER}`
      )
    case 'evidence':
      return question.allowNA ? dropdown([]) : undefined
  }
}

/** The validation of a factor input's value cell. */
export function factorValidation(
  input: { min: number; max?: number; integer: boolean },
  address: string,
  locale: Locale
): ExcelJS.DataValidation {
  return numberRule(address, input, false, locale)
}
