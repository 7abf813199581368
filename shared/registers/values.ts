/**
 * One cell of a register as the importer reads it (text from a CSV, a number, a boolean or a date
 * from a workbook) turned into the value the measures count: a choice's code, a boolean, a
 * date-time as `YYYY-MM-DDTHH:mm` (the firm's local time, as written; no time zone), a number.
 * A value that cannot be read gives the problem to report instead.
 */
import type { IssueText } from '../util/issue-codes'
import { issueText, listParam } from '../util/issue-codes'
import type { RegisterField } from './kinds'

export type RawCell = string | number | boolean | Date | null
export type RegisterValue = string | number | boolean

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '对', 't'])
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '不', 'f'])

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Days from 1899-12-30 (Excel's day 0, with its 1900 leap-year bug folded in) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569
const MS_PER_DAY = 86_400_000

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** A calendar date-time, checked (no 31 February, no 25:00). */
function stamp(y: number, mo: number, d: number, h = 0, mi = 0): string | undefined {
  if (y < 1900 || y > 2200 || h > 23 || mi > 59 || mo < 1 || mo > 12 || d < 1) return undefined
  if (d > (mo === 2 && leap(y) ? 29 : DAYS_IN_MONTH[mo - 1]!)) return undefined
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`
}

/** A Date as exceljs gives it: the wall-clock time written in the cell, stored as UTC. */
function fromDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined
  return stamp(
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes()
  )
}

/** An Excel serial day number (46086.5 = 2026-03-05 12:00). */
function fromSerial(serial: number): string | undefined {
  if (!(serial > 0 && serial < 2_958_466)) return undefined
  const ms = Math.round(((serial - EXCEL_EPOCH_DAYS) * MS_PER_DAY) / 60_000) * 60_000
  return fromDate(new Date(ms))
}

/**
 * Date-time spellings accepted as text: 2026-03-05 09:30[:ss], 2026-03-05T09:30, 2026/3/5 9:30,
 * 2026.3.5 9:30, 2026年3月5日 9时30分 (or 9:30), 20260305 0930; a date alone is midnight.
 */
const SPELLED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}(?:\.\d+)?)\s*秒?|\s*分)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2})(\d{2})(\d{2})?)?$/

/** The ASCII digit at `at` of `text` as a number, or NaN (no digit there). */
const digitAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 0x30
  return code >= 0 && code <= 9 ? code : NaN
}
const twoDigits = (text: string, at: number): number =>
  digitAt(text, at) * 10 + digitAt(text, at + 1)

/**
 * The spelling ITSM exports use nearly always, 2026-03-05 09:30 (or with a T), told from its
 * character codes: `null` when the text is not spelled so; else the value (undefined: no such
 * date or time — 2026-02-30 — refused, as it is not spelled any other way).
 */
function fromPlain(text: string): string | undefined | null {
  if (text.length !== 16) return null
  const c = (at: number) => text.charCodeAt(at)
  if (c(4) !== 0x2d || c(7) !== 0x2d || c(13) !== 0x3a || (c(10) !== 0x20 && c(10) !== 0x54))
    return null
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2)
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  if (Number.isNaN(year + month + day + hour + minute)) return null
  // Already zero-padded as the value is written: checked, then the date and time slices kept.
  return stamp(year, month, day, hour, minute) === undefined
    ? undefined
    : c(10) === 0x54
      ? text
      : `${text.slice(0, 10)}T${text.slice(11, 16)}`
}

function fromText(text: string): string | undefined {
  const plain = fromPlain(text)
  if (plain !== null) return plain
  const match = SPELLED.exec(text) ?? COMPACT.exec(text)
  if (match === null) return undefined
  const [, y, mo, d, h, mi] = match
  return stamp(
    Number(y),
    Number(mo),
    Number(d),
    h === undefined ? 0 : Number(h),
    mi === undefined ? 0 : Number(mi)
  )
}

function readDateTime(raw: Exclude<RawCell, null>): string | undefined {
  if (raw instanceof Date) return fromDate(raw)
  if (typeof raw === 'number') return fromSerial(raw)
  if (typeof raw === 'boolean') return undefined
  // Nothing for trim to take off and no serial number: the plain spelling, told first.
  const plain = fromPlain(raw)
  if (plain !== null) return plain
  const text = raw.trim()
  if (/^\d+(?:\.\d+)?$/.test(text) && !COMPACT.test(text)) return fromSerial(Number(text))
  return fromText(text)
}

const asText = (raw: Exclude<RawCell, null>): string =>
  raw instanceof Date ? (fromDate(raw) ?? '') : String(raw).trim()

const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ')

const LEADING_SPACE = /^\s/

/** Whether a cell holds nothing (an empty string or only spaces counts as nothing). */
export const isBlank = (raw: RawCell): boolean =>
  raw === null ||
  (typeof raw === 'string' &&
    // A cell not starting with white space (what trim removes) is not blank: no trimmed copy.
    (raw.length === 0 || (!visibleFirst(raw) && LEADING_SPACE.test(raw) && raw.trim() === '')))

/**
 * Whether a text starts with a character trim never removes (U+0021–U+009F, U+3001–U+FEFE: ASCII,
 * CJK), told without a regular expression.
 */
const visibleFirst = (text: string): boolean => {
  const code = text.charCodeAt(0)
  return (code > 0x20 && code < 0xa0) || (code > 0x3000 && code < 0xfeff)
}

/** Whether a text starts and ends with characters trim never removes (trimming it changes nothing). */
const visibleEnds = (text: string): boolean =>
  visibleFirst(text) && visibleFirst(text.charAt(text.length - 1))

/** Per choice field: every accepted spelling (normalised) → the choice's code; built once. */
const CHOICE_CODES = new WeakMap<RegisterField, Map<string, string>>()

function choiceCodes(field: RegisterField): Map<string, string> {
  let codes = CHOICE_CODES.get(field)
  if (codes !== undefined) return codes
  codes = new Map()
  // First spelling wins, as the search over the choices in order did.
  for (const c of field.choices ?? [])
    for (const spelling of [c.label['zh-CN'], c.label['en-US'], c.code, ...(c.aliases ?? [])]) {
      const key = normal(spelling)
      if (!codes.has(key)) codes.set(key, c.code)
    }
  CHOICE_CODES.set(field, codes)
  return codes
}

/** The value of a non-blank cell for `field`, or the problem why it cannot be read. */
export function readValue(
  field: RegisterField,
  raw: Exclude<RawCell, null>
): { value: RegisterValue } | { problem: IssueText } {
  const shown = asText(raw)
  switch (field.type) {
    case 'text':
      return shown.length > 500
        ? { problem: issueText('register.tooLong', { length: shown.length, maximum: 500 }) }
        : { value: shown }
    case 'choice': {
      const found = choiceCodes(field).get(normal(shown))
      if (found !== undefined) return { value: found }
      const choices = (field.choices ?? []).map((c) => c.label['zh-CN'])
      return {
        problem: issueText('register.notChoice', { value: shown, choices: listParam(choices) })
      }
    }
    case 'yesNo': {
      const word = typeof raw === 'boolean' ? String(raw) : normal(shown)
      if (TRUE_WORDS.has(word)) return { value: true }
      if (FALSE_WORDS.has(word)) return { value: false }
      return { problem: issueText('register.notYesNo', { value: shown }) }
    }
    case 'dateTime':
    case 'date': {
      const at = readDateTime(raw)
      if (at === undefined) return { problem: issueText('register.notDateTime', { value: shown }) }
      return { value: field.type === 'date' ? at.slice(0, 10) : at }
    }
    case 'count':
    case 'minutes': {
      const number = typeof raw === 'number' ? raw : Number(shown.replace(/,/g, ''))
      if (shown === '' || !Number.isFinite(number))
        return { problem: issueText('register.notNumber', { value: shown }) }
      if (number < 0) return { problem: issueText('register.negative', { value: shown }) }
      if (field.type === 'count' && !Number.isInteger(number))
        return { problem: issueText('register.notCount', { value: shown }) }
      return { value: number }
    }
  }
}

/** Distinct texts a column's reader remembers the reading of (choices, yes/no, times repeat). */
const READER_MEMORY = 4096

/** A cell read by a column's reader: its value and what it takes stored (`size`), or the problem. */
export type CellReading = { value: RegisterValue; chars: number } | { problem: IssueText }

/**
 * A column's reader, made once per register read: `readValue` for `field`, with the value's
 * stored size (`size`). A text cell's reading is remembered (a choice column holds a handful of
 * spellings in 100,000 rows; times and numbers repeat too), so each distinct text is normalised
 * and checked once. A text column's cell with nothing for trim to take off either end and no
 * more than 500 characters is its own value, read without a copy or a new object: the reading
 * handed back is refilled by the next cell of the column (use it before reading the next).
 */
export function cellReader(
  field: RegisterField,
  size: (value: RegisterValue) => number
): (raw: Exclude<RawCell, null>) => CellReading {
  const sized = (read: ReturnType<typeof readValue>): CellReading =>
    'problem' in read ? read : { value: read.value, chars: size(read.value) }
  if (field.type === 'text') {
    const reading = { value: '' as RegisterValue, chars: 0 }
    return (raw) => {
      if (typeof raw !== 'string' || raw.length > 500 || !visibleEnds(raw))
        return sized(readValue(field, raw))
      reading.value = raw
      reading.chars = size(raw)
      return reading
    }
  }
  const known = new Map<string, CellReading>()
  const remembered = (raw: string): CellReading => {
    let read = known.get(raw)
    if (read === undefined) {
      read = sized(readValue(field, raw))
      if (known.size < READER_MEMORY) known.set(raw, read)
    }
    return read
  }
  if (field.type !== 'choice' && field.type !== 'yesNo')
    return (raw) => (typeof raw === 'string' ? remembered(raw) : sized(readValue(field, raw)))
  // A choice or yes/no column holds a handful of spellings: its first few texts are compared
  // with each cell before the Map is asked (no hash of each cell's fresh text).
  const texts: string[] = []
  const readings: CellReading[] = []
  return (raw) => {
    if (typeof raw !== 'string') return sized(readValue(field, raw))
    for (let i = 0; i < texts.length; i++) if (texts[i] === raw) return readings[i]!
    const read = remembered(raw)
    if (texts.length < FEW_SPELLINGS) {
      texts.push(raw)
      readings.push(read)
    }
    return read
  }
}

/** The texts of a choice or yes/no column compared one by one before its reader's Map is asked. */
const FEW_SPELLINGS = 8

/** Minutes from one `YYYY-MM-DDTHH:mm` to another (negative when `to` is earlier). */
export function minutesBetween(from: string, to: string): number {
  return (dateTimeMs(to) - dateTimeMs(from)) / 60_000
}

/** Where a `YYYY-MM-DDTHH:mm` has its digits. */
const DIGITS_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
const digit = (at: string, i: number): number => at.charCodeAt(i) - 48

/**
 * A `YYYY-MM-DDTHH:mm`'s milliseconds (as UTC; minutesBetween's difference is of these). A time
 * of the usual 16 characters is read digit by digit — the same numbers as the slices, without a
 * string per field (a register's thousands of times are read this way).
 */
export function dateTimeMs(at: string): number {
  if (at.length === 16 && DIGITS_AT.every((i) => digit(at, i) >= 0 && digit(at, i) <= 9))
    return Date.UTC(
      digit(at, 0) * 1000 + digit(at, 1) * 100 + digit(at, 2) * 10 + digit(at, 3),
      digit(at, 5) * 10 + digit(at, 6) - 1,
      digit(at, 8) * 10 + digit(at, 9),
      digit(at, 11) * 10 + digit(at, 12),
      digit(at, 14) * 10 + digit(at, 15)
    )
  return Date.UTC(
    +at.slice(0, 4),
    +at.slice(5, 7) - 1,
    +at.slice(8, 10),
    +at.slice(11, 13) || 0,
    +at.slice(14, 16) || 0
  )
}
