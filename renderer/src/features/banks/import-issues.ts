import type { ValidationIssue } from '@shared/util/validation'

/** One import problem, placed for the assessor: a cell of a sheet, or a path in a JSON file. */
export interface PlacedIssue {
  key: string
  /** Sheet name; `null` for the workbook as a whole or for a JSON file. */
  sheet: string | null
  /** Spreadsheet row (1-based); null for a whole sheet or the workbook. */
  row: number | null
  /** Column letter and header name, e.g. `H (weight)`; null when not tied to a column. */
  column: string | null
  /** `questions!H12`, a JSON path, or null for the workbook as a whole. */
  location: string | null
  message: string
  /** The reader's problem as it came, so the table can say it in the interface language. */
  issue: ValidationIssue
}

const CELL = /^(.+?)!([A-Z]{1,3})(\d+) \((.*)\)$/
const ROW = /^(.+?) row (\d+) \((.*)\)$/

/**
 * Splits the workbook importer's issue paths (`questions!H12 (weight)`, `questions row 12
 * (weight)`, `questions`, `workbook`) into sheet, row and column, so the table can show them.
 */
export function placeWorkbookIssue(issue: ValidationIssue, index: number): PlacedIssue {
  const base = { key: String(index), message: issue.message, issue }
  const cell = CELL.exec(issue.path)
  if (cell) {
    const [, sheet = '', letters = '', row = '', header = ''] = cell
    return {
      ...base,
      sheet,
      row: Number(row),
      column: `${letters} (${header})`,
      location: `${sheet}!${letters}${row}`
    }
  }
  const row = ROW.exec(issue.path)
  if (row) {
    const [, sheet = '', number = '', header = ''] = row
    return { ...base, sheet, row: Number(number), column: header, location: `${sheet} ${number}` }
  }
  if (issue.path === 'workbook') {
    return { ...base, sheet: null, row: null, column: null, location: null }
  }
  return { ...base, sheet: issue.path, row: null, column: null, location: issue.path }
}

/** A bank JSON file's issues: the path inside the file is the location. */
export function placeJsonIssue(issue: ValidationIssue, index: number): PlacedIssue {
  return {
    key: String(index),
    sheet: null,
    row: null,
    column: null,
    location: issue.path,
    message: issue.message,
    issue
  }
}
