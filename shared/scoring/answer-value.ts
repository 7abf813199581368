import type { AnswerValue } from '../assessment/assessment'
import type { LocalizedText } from '../bank/primitives'
import type { Question } from '../bank/question'
import { assertNever } from '../util/assert-never'

/**
 * Whether a stored value means "no answer yet". The UI stores null for a cleared field; an empty
 * text or an empty multiple-choice selection is the same thing (a deliberate "none of these"
 * is an exclusive option, not an empty list).
 */
export function isEmptyAnswerValue(value: AnswerValue | undefined): boolean {
  if (value == null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return false
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/**
 * Days since 1970-01-01 of an ISO calendar date, or null when it is not a real date.
 * Uses the date's own fields (UTC, no clock, no time zone), so scoring is deterministic.
 */
export function isoDateToDayNumber(text: string): number | null {
  // Every assessment asks for its period end, and banks hold few date questions: remembering the
  // last answer saves a regex and a Date per call without making the function impure.
  if (text === lastDateText) return lastDateDay
  const day = parseDayNumber(text)
  lastDateText = text
  lastDateDay = day
  return day
}

let lastDateText: string | null = null
let lastDateDay: number | null = null

function parseDayNumber(text: string): number | null {
  const match = DATE_PATTERN.exec(text)
  if (match === null) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null
  return ms / MS_PER_DAY
}

const text = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en })

const MATURITY_PROBLEM = text('成熟度须为 0–4 的整数', 'a maturity level must be an integer 0–4')
const YPN_PROBLEM = text('须为“是/部分/否”', "must be 'yes', 'partial' or 'no'")
const OPTION_PROBLEM = text('不是本题的选项', 'is not one of the options')
const OPTIONS_PROBLEM = text('须为本题选项的列表', 'must be a list of this question’s options')
const DUPLICATE_OPTION_PROBLEM = text('选项重复', 'an option is chosen twice')
const EXCLUSIVE_PROBLEM = text(
  '互斥选项不能与其他选项同选',
  'an exclusive option is combined with others'
)
const NUMBER_PROBLEM = text('须为有限数值', 'must be a finite number')
const INTEGER_PROBLEM = text('须为整数', 'must be a whole number')
const PERCENT_PROBLEM = text('百分比须在 0–100 之间', 'a percentage must be between 0 and 100')
const DATE_PROBLEM = text('须为有效日期 YYYY-MM-DD', 'must be a real date YYYY-MM-DD')
const TEXT_PROBLEM = text('须为文本', 'must be text')
const EVIDENCE_PROBLEM = text(
  '证据题只接受证据引用，不接受答案值',
  'an evidence question takes evidence references, not a value'
)

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * Why a non-empty stored value is not a valid answer to the question, or null when it is valid.
 * Returns shared message objects, so checking a valid answer allocates nothing.
 */
export function answerValueProblem(question: Question, value: AnswerValue): LocalizedText | null {
  switch (question.type) {
    case 'maturity':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
        ? null
        : MATURITY_PROBLEM
    case 'yesPartialNo':
      return value === 'yes' || value === 'partial' || value === 'no' ? null : YPN_PROBLEM
    case 'singleChoice':
      return typeof value === 'string' && question.options.some((o) => o.id === value)
        ? null
        : OPTION_PROBLEM
    case 'multiChoice': {
      if (!Array.isArray(value)) return OPTIONS_PROBLEM
      let exclusiveChosen = false
      for (let i = 0; i < value.length; i++) {
        const id = value[i]
        const option = question.options.find((o) => o.id === id)
        if (option === undefined) return OPTION_PROBLEM
        if (value.indexOf(id as string) !== i) return DUPLICATE_OPTION_PROBLEM
        if (option.exclusive === true) exclusiveChosen = true
      }
      return exclusiveChosen && value.length > 1 ? EXCLUSIVE_PROBLEM : null
    }
    case 'number': {
      if (!isFiniteNumber(value)) return NUMBER_PROBLEM
      if (question.integer && !Number.isInteger(value)) return INTEGER_PROBLEM
      if (question.min !== undefined && value < question.min)
        return text(`不得小于 ${question.min}`, `must be at least ${question.min}`)
      if (question.max !== undefined && value > question.max)
        return text(`不得大于 ${question.max}`, `must be at most ${question.max}`)
      return null
    }
    case 'percentage':
      if (!isFiniteNumber(value)) return NUMBER_PROBLEM
      return value >= 0 && value <= 100 ? null : PERCENT_PROBLEM
    case 'date':
      return typeof value === 'string' && isoDateToDayNumber(value) !== null ? null : DATE_PROBLEM
    case 'text':
      return typeof value === 'string' ? null : TEXT_PROBLEM
    case 'evidence':
      return EVIDENCE_PROBLEM
    default:
      return assertNever(question, 'question type')
  }
}
