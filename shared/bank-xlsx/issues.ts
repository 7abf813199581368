/** Where a problem is (sheet, row, column) and the list of problems found while reading. */
import type { IssueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
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
  at(ref: CellRef, message: string | IssueText): void {
    const key = cellAddress(ref)
    if (this.cells.has(key)) return
    this.cells.add(key)
    this.list.push({ path: cellPath(ref), ...problemOf(message) })
  }

  /** A problem with a whole sheet (missing, unknown, too large) or the workbook (`path` = `workbook`). */
  add(path: string, message: string | IssueText): void {
    this.list.push({ path, ...problemOf(message) })
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

/** A plain English message, or a coded problem as it is. */
export const problemOf = (message: string | IssueText): { message: string } | IssueText =>
  typeof message === 'string' ? { message } : message

/** Quotes a cell's content for a message: `"high"`, `12`, `yes`. */
export function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}
