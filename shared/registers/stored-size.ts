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

/** The characters a register's rows take in the assessment file. */
export function storedRowsChars(table: RegisterTable | PackedRegisterTable): number {
  if ('rowsJson' in table) return table.rowsJson.length + table.rowCount * ROW_LINE_CHARS
  return JSON.stringify(table.rows).length + table.rows.length * ROW_LINE_CHARS
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
