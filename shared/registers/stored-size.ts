/**
 * Whether registers can be saved with their assessment. The assessment file, a package's
 * assessment part and a backup's each hold at most 32 MiB of JSON (shared/package/limits.ts); the
 * rows are written one compact row per line (shared/assessment/compact-rows.ts). So the importer
 * refuses registers whose rows, written so, would take more than REGISTER_LIMITS.maxStoredChars —
 * 28 MiB, leaving 4 MiB for the rest of the assessment — rather than read what could then never be
 * exported, packaged or backed up. About 130,000 change rows fit (≈ 200 characters a row); the
 * 200,000-row limit is the reading limit of one register, the stored size the limit of all of an
 * assessment's registers together.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { PackedRegisterTable } from './packed'
import type { RegisterTable } from './read-table'

const MiB = 1024 * 1024

/** What the stored rows of all of an assessment's registers may take, in characters of JSON. */
export const MAX_STORED_REGISTER_CHARS = 28 * MiB

/** Each row's line in the file beyond its JSON: ten spaces of indent, the comma and the newline. */
const ROW_LINE_CHARS = 12

/** A text JSON writes with escapes: quotes, backslashes, controls, surrogates (paired or not). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/

/** The characters JSON.stringify writes for a row's value (or a key). */
export const jsonChars = (value: string | number | boolean): number =>
  typeof value === 'string'
    ? ESCAPED.test(value)
      ? JSON.stringify(value).length
      : value.length + 2
    : typeof value === 'number'
      ? JSON.stringify(value).length
      : value
        ? 4
        : 5

/**
 * One row's JSON, {"row":N,"values":{…}}: `pairs` values whose "key":value take `pairChars`
 * (jsonChars of the key, 1 for the colon, jsonChars of the value, summed).
 */
export const rowJsonChars = (row: number, pairs: number, pairChars: number): number =>
  20 + digitsOf(row) + pairChars + Math.max(0, pairs - 1)

/** The digits of a row number as JSON writes it (no string made for each of 100,000 rows). */
const digitsOf = (row: number): number =>
  row >= 1 && row < 1_000_000 && Number.isInteger(row)
    ? row < 10
      ? 1
      : row < 100
        ? 2
        : row < 1000
          ? 3
          : row < 10_000
            ? 4
            : row < 100_000
              ? 5
              : 6
    : String(row).length

/** The rows' JSON: [ ], a comma between rows, and each row's (rowJsonChars, summed). */
const rowsJsonTotal = (rows: number, rowChars: number): number =>
  2 + Math.max(0, rows - 1) + rowChars

/** Rows counted as they were read (countedRowsJson): their JSON's length, not counted again. */
const COUNTED = new WeakMap<RegisterTable['rows'], number>()

/**
 * Remembers the JSON length of rows a reader counted row by row as it made them (rowJsonChars,
 * summed): sizing them before the preview then takes no second pass over 100,000 rows. The rows
 * must not change afterwards (a register read is never changed).
 */
export function countedRowsJson(rows: RegisterTable['rows'], rowChars: number): void {
  COUNTED.set(rows, rowsJsonTotal(rows.length, rowChars))
}

/**
 * The length of JSON.stringify(rows), counted without writing it: the importer sizes a register
 * read before its preview this way, a fraction of the time the JSON takes to make (it is made,
 * packTable, while the preview is on screen) — or takes what the reader counted (countedRowsJson).
 */
export function rowsJsonChars(rows: RegisterTable['rows']): number {
  const counted = COUNTED.get(rows)
  if (counted !== undefined) return counted
  let chars = 0
  for (const { row, values } of rows) {
    let pairs = 0
    let pairChars = 0
    for (const key in values) {
      pairChars += jsonChars(key) + 1 + jsonChars(values[key]!)
      pairs++
    }
    chars += rowJsonChars(row, pairs, pairChars)
  }
  return rowsJsonTotal(rows.length, chars)
}

/** The characters a register's rows take in the assessment file. */
export function storedRowsChars(table: RegisterTable | PackedRegisterTable): number {
  if ('rowsJson' in table) return table.rowsJson.length + table.rowCount * ROW_LINE_CHARS
  return rowsJsonChars(table.rows) + table.rows.length * ROW_LINE_CHARS
}

/** The problem of registers too large to save together (undefined: they fit). */
export function registersTooLargeToSave(
  tables: ReadonlyArray<RegisterTable | PackedRegisterTable>,
  max: number = MAX_STORED_REGISTER_CHARS
): IssueText | undefined {
  let chars = 0
  let rows = 0
  for (const table of tables) {
    chars += storedRowsChars(table)
    rows += 'rowsJson' in table ? table.rowCount : table.rows.length
  }
  if (chars <= max) return undefined
  return issueText('register.tooLargeToSave', {
    rows,
    size: (chars / MiB).toFixed(1),
    max: Math.round((max / MiB) * 10) / 10
  })
}
