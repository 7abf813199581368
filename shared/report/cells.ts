import type ExcelJS from 'exceljs'
import { encodeCellText } from '../xlsx/cell-text'
import type { CellData } from './model'
import type { CellStyle } from './styles'
import { wallClockDate } from './time'

/**
 * The only ways the report puts content into a cell. Text always goes through the bank-xlsx
 * formula guard (reliability XLS-01/02): it is stored as a string and, when it starts with a
 * trigger (= + - @, full-width forms, tab, CR), with one leading apostrophe, so it stays inert
 * even when edited or saved as CSV. Numbers stay numbers (XLS-03) and dates are date cells.
 * Formulas come only from {@link setFormula}, called with formulas built by code.
 */

/** Excel's limit per cell is 32,767; longer text is cut (with room for the guard's escapes). */
export const MAX_CELL_CHARS = 32_000

function clip(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : `${text.slice(0, MAX_CELL_CHARS - 1)}…`
}

/** A text cell (empty text leaves the cell empty but still styled). */
export function setText(cell: ExcelJS.Cell, text: string, style: CellStyle): void {
  cell.style = style
  if (text !== '') cell.value = encodeCellText(clip(text))
}

/** Text cells of one row in one style: each key's text from `data`, in its column. */
export function setTexts<K extends string>(
  row: ExcelJS.Row,
  columns: Readonly<Record<K, number>>,
  data: Readonly<Record<K, string>>,
  keys: readonly K[],
  style: CellStyle
): void {
  for (const key of keys) setText(row.getCell(columns[key]), data[key], style)
}

/** A number cell; null leaves it empty. */
export function setNumber(cell: ExcelJS.Cell, value: number | null, style: CellStyle): void {
  cell.style = style
  if (value === null) return
  // A non-finite number cannot be stored; it would be a bug upstream, so fail loudly.
  if (!Number.isFinite(value)) throw new Error(`report: cannot write the number ${value}`)
  cell.value = value
}

/** Any {@link CellData}; dates and date-times get the given date styles. */
export function setData(
  cell: ExcelJS.Cell,
  data: CellData,
  style: CellStyle,
  styles: { date: CellStyle; dateTime: CellStyle }
): void {
  if (data === null) {
    cell.style = style
    return
  }
  if (typeof data === 'string') return setText(cell, data, style)
  if (typeof data === 'number') return setNumber(cell, data, style)
  const text = 'date' in data ? data.date : data.dateTime
  const date = wallClockDate(text)
  if (date === null) return setText(cell, text, style)
  cell.style = 'date' in data ? styles.date : styles.dateTime
  cell.value = date
}

/** The stored result of a formula cell: the engine's figure, a word, or a flag. */
export type FormulaResult = number | string | boolean

/**
 * A formula cell with its computed result, so the file shows the engine's figures before any
 * recalculation and a spreadsheet engine that recalculates must arrive at the same values.
 */
export function setFormula(
  cell: ExcelJS.Cell,
  formula: string,
  result: FormulaResult,
  style: CellStyle
): void {
  if (typeof result === 'number' && !Number.isFinite(result))
    throw new Error(`report: the result of ${formula} is not finite`)
  cell.style = style
  cell.value = { formula, result } as ExcelJS.CellFormulaValue
}
