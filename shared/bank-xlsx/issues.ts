/** Where a problem is (sheet, row, column) and the list of problems found while reading. */
import type { IssueText } from '../util/issue-codes'
import type { CellPlace, IssuePlace, ValidationIssue } from '../util/validation'
import { columnLetter } from '../xlsx/address'

/**
 * One cell of a data sheet; `col` is 1-based and 0 when the column is missing from the sheet.
 * Row 0 stands for the whole sheet.
 */
export interface CellRef {
  sheet: string
  row: number
  col: number
  /** The column's header name. */
  column: string
}

/** `questions!H12`, or `questions row 12` when the column is not in the sheet. */
export function cellAddress(ref: CellRef): string {
  if (ref.row === 0) return ref.sheet
  return ref.col > 0
    ? `${ref.sheet}!${columnLetter(ref.col)}${ref.row}`
    : `${ref.sheet} row ${ref.row}`
}

/** The issue path of a cell: `questions!H12 (weight)`. */
export function cellPath(ref: CellRef): string {
  return ref.row === 0 ? ref.sheet : `${cellAddress(ref)} (${ref.column})`
}

/** `column` of a CellRef that names no header: a header cell, any cell, a column without one. */
export const HEADER_CELL = 'header'
export const ANY_CELL = 'cell'
export const UNNAMED_COLUMN = '?'
const NOT_HEADERS: ReadonlySet<string> = new Set([HEADER_CELL, ANY_CELL, UNNAMED_COLUMN, ''])

/** A cell as a problem's place: sheet, row, column letter, header name. */
export function cellPlace(ref: CellRef): CellPlace {
  if (ref.row === 0) return { sheet: ref.sheet }
  const place: CellPlace = { sheet: ref.sheet, row: ref.row }
  if (ref.col > 0) place.column = columnLetter(ref.col)
  if (!NOT_HEADERS.has(ref.column)) place.header = ref.column
  return place
}

/** The whole of a sheet, for problems such as "needs at least one row". */
export function sheetRef(sheet: string): CellRef {
  return { sheet, row: 0, col: 0, column: '' }
}

/** Collects issues; at most one per cell, so a cascade never buries the first cause. */
export class IssueList {
  private readonly list: ValidationIssue[] = []
  private readonly cells = new Set<string>()
  /**
   * Set when rows or columns were left out (duplicate key, unknown parent, missing sheet or
   * column): the bank's own cross-checks would then report mere consequences, so they wait.
   */
  incomplete = false

  /** A problem with one cell. */
  at(ref: CellRef, problem: IssueText): void {
    const key = cellAddress(ref)
    if (this.cells.has(key)) return
    this.cells.add(key)
    this.list.push({ path: cellPath(ref), place: cellPlace(ref), ...problem })
  }

  /**
   * A problem with a whole sheet (missing, unknown, too large: `path` is the sheet's name), or
   * elsewhere with its place (the workbook: `workbook` and no place).
   */
  add(path: string, problem: IssueText, place: IssuePlace = { sheet: path }): void {
    this.list.push({ path, place, ...problem })
  }

  /** A problem with the workbook as a whole. */
  workbook(problem: IssueText): void {
    this.add('workbook', problem, {})
  }

  hasCell(ref: CellRef): boolean {
    return this.cells.has(cellAddress(ref))
  }

  get count(): number {
    return this.list.length
  }

  get issues(): ValidationIssue[] {
    return [...this.list]
  }
}

/** Quotes a cell's content for a message: `"high"`, `12`, `yes`. */
export function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}
