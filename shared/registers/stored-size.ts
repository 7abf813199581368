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
const jsonChars = (value: string | number | boolean): number =>
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
 * The length of JSON.stringify(rows), counted without writing it: the importer sizes a register
 * read before its preview this way, a fraction of the time the JSON takes to make (it is made,
 * packTable, while the preview is on screen).
 */
export function rowsJsonChars(rows: RegisterTable['rows']): number {
  // [ ] and a comma between rows; each row {"row":N,"values":{…}}, its values "key":value, …
  let chars = 2 + Math.max(0, rows.length - 1)
  for (const { row, values } of rows) {
    let pairs = 0
    chars += 20 + String(row).length
    for (const key in values) {
      chars += jsonChars(key) + 1 + jsonChars(values[key]!)
      pairs++
    }
    if (pairs > 1) chars += pairs - 1
  }
  return chars
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
