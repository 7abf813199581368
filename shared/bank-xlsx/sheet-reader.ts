/**
 * Reads one data sheet into plain rows keyed by column name, after checking its header, and turns
 * every exceljs cell form into a plain value. Formula cells, error cells and merged cells are
 * reported, never read.
 */
import type ExcelJS from 'exceljs'
import { decodeCellText } from '../xlsx/cell-text'
import { issueText } from '../util/issue-codes'
import type { IssueList } from './issues'
import { HEADER_CELL, UNNAMED_COLUMN, type CellRef } from './issues'
import type { SheetSpec } from './sheet-spec'

/** A non-empty cell value after decoding. */
export type CellData = string | number | boolean | Date

export interface SheetRow {
  row: number
  cells: Map<string, CellData>
}

export interface SheetTable {
  spec: SheetSpec
  /** Column name → 1-based column index, for the columns present in the header. */
  columns: Map<string, number>
  rows: SheetRow[]
}

/** XLS-06 caps: Excel's own cell limit and generous bounds for a bank. */
export const MAX_ROWS = 5000
export const MAX_COLUMNS = 60
export const MAX_CELL_CHARS = 32767

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date)

/** Whether a cell holds a formula in any of exceljs's forms (plain, shared, array). */
export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  const value: unknown = cell.value
  return isObject(value) && ('formula' in value || 'sharedFormula' in value)
}

/** The plain text of rich-text and hyperlink cells. */
function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (isObject(value) && Array.isArray(value.richText))
    return (value.richText as Array<{ text?: unknown }>)
      .map((run) => String(run.text ?? ''))
      .join('')
  if (isObject(value) && 'text' in value) return plainText(value.text)
  return undefined
}

/**
 * The value of one cell, or undefined when it is empty (blank text counts as empty) or unreadable,
 * in which case the problem is reported at `ref`.
 */
export function readCell(
  cell: ExcelJS.Cell,
  ref: CellRef,
  issues: IssueList
): CellData | undefined {
  if (cell.isMerged) {
    if (cell.master === cell) issues.at(ref, issueText('bankXlsx.merged'))
    return undefined
  }
  if (isFormulaCell(cell)) {
    issues.at(ref, issueText('bankXlsx.formula'))
    return undefined
  }
  const value: unknown = cell.value
  if (value === null || value === undefined) return undefined
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if (isObject(value) && 'error' in value) {
    issues.at(ref, issueText('bankXlsx.cellError', { error: String(value.error) }))
    return undefined
  }
  const text = plainText(value)
  if (text === undefined) {
    issues.at(ref, issueText('bankXlsx.cellUnreadable'))
    return undefined
  }
  if (text.length > MAX_CELL_CHARS) {
    issues.at(ref, issueText('bankXlsx.cellTooLong', { length: text.length, max: MAX_CELL_CHARS }))
    return undefined
  }
  const decoded = decodeCellText(text)
  return decoded.trim() === '' ? undefined : decoded
}

/** Header names are matched without regard to case or surrounding blanks. */
const headerKey = (name: string): string => name.trim().toLowerCase()

/** Reads the header and the data rows of `sheet` as described by `spec`. */
export function readSheetTable(
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  issues: IssueList
): SheetTable {
  const columns = readHeader(sheet, spec, issues)
  const byIndex = new Map([...columns].map(([name, col]) => [col, name]))
  const rows: SheetRow[] = []
  const strayColumns = new Set<number>()
  const lastRow = Math.min(sheet.rowCount, MAX_ROWS + 1)
  if (sheet.rowCount > MAX_ROWS + 1) {
    issues.add(
      spec.name,
      issueText('bankXlsx.tooManyRows', { count: sheet.rowCount - 1, max: MAX_ROWS })
    )
    issues.incomplete = true
  }
  for (let r = 2; r <= lastRow; r++) {
    const cells = new Map<string, CellData>()
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const name = byIndex.get(col)
      const ref: CellRef = { sheet: spec.name, row: r, col, column: name ?? UNNAMED_COLUMN }
      const value = readCell(cell, ref, issues)
      if (value === undefined) return
      if (name !== undefined) cells.set(name, value)
      else if (!strayColumns.has(col)) {
        strayColumns.add(col)
        issues.at(ref, issueText('bankXlsx.strayValue'))
      }
    })
    if (cells.size > 0) rows.push({ row: r, cells })
  }
  return { spec, columns, rows }
}

function readHeader(
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  issues: IssueList
): Map<string, number> {
  const known = new Map(spec.columns.map((column) => [headerKey(column.name), column.name]))
  const columns = new Map<string, number>()
  const header = sheet.getRow(1)
  if (header.cellCount > MAX_COLUMNS)
    issues.add(
      spec.name,
      issueText('bankXlsx.tooManyColumns', { count: header.cellCount, max: MAX_COLUMNS })
    )
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > MAX_COLUMNS) return
    const ref: CellRef = { sheet: spec.name, row: 1, col, column: HEADER_CELL }
    const value = readCell(cell, ref, issues)
    if (value === undefined) return
    const name = known.get(headerKey(String(value)))
    if (name === undefined) {
      issues.at(ref, issueText('bankXlsx.unknownColumn', { name: JSON.stringify(String(value)) }))
    } else if (columns.has(name)) {
      issues.at(ref, issueText('bankXlsx.columnTwice', { name }))
    } else columns.set(name, col)
  })
  for (const column of spec.columns) {
    if (column.required === true && !columns.has(column.name)) {
      issues.add(
        `${spec.name} (header)`,
        issueText('bankXlsx.missingColumn', { name: column.name }),
        { sheet: spec.name, row: 1 }
      )
      issues.incomplete = true
    }
  }
  return columns
}
