/** Writes one data sheet from its spec: header with notes, typed cells, dropdowns, layout. */
import type ExcelJS from 'exceljs'
import { columnLetter } from '../xlsx/address'
import { encodeCellText } from '../xlsx/cell-text'
import { HEADING_FILL, writeHeaderRow } from '../xlsx/sheet-parts'
import { columnWidth, headerNote, type ColumnSpec, type SheetSpec } from './sheet-spec'

/** A cell as the sheet builders produce it; undefined leaves the cell empty. */
export type CellInput = string | number | boolean | undefined
export type RowInput = Readonly<Record<string, CellInput>>

/** Dropdowns cover at least this many rows, so authors adding rows still get them. */
const VALIDATED_ROWS = 1000
const REQUIRED_FILL = 'FFFCE4D6'

/** The value a cell stores: texts guarded against formulas, numbers as numbers, yes/no words. */
export function cellValue(input: CellInput): string | number | null {
  if (input === undefined) return null
  if (typeof input === 'boolean') return input ? 'yes' : 'no'
  if (typeof input === 'number') {
    // XLS-03: numbers stay number cells; a non-finite one cannot be stored and is a bug upstream.
    if (!Number.isFinite(input)) throw new Error(`bank-xlsx: cannot write the number ${input}`)
    return input
  }
  return encodeCellText(input)
}

const wraps = (column: ColumnSpec): boolean =>
  column.kind === 'text' || column.kind === 'long' || column.kind === 'code'

/** Adds `spec` as a worksheet holding `rows` (keys are column names). */
export function writeDataSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  rows: readonly RowInput[]
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: 1 }]
  })
  sheet.columns = spec.columns.map((column) => ({ key: column.name, width: columnWidth(column) }))
  writeHeader(sheet, spec)
  rows.forEach((input, index) => {
    const row = sheet.getRow(index + 2)
    spec.columns.forEach((column, c) => {
      const value = cellValue(input[column.name])
      if (value === null) return
      const cell = row.getCell(c + 1)
      cell.value = value
      if (wraps(column)) cell.alignment = { wrapText: true, vertical: 'top' }
    })
    row.commit()
  })
  addDropdowns(sheet, spec, Math.max(VALIDATED_ROWS, rows.length + 500))
  return sheet
}

function writeHeader(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  writeHeaderRow(
    sheet,
    spec.columns.map((column) => ({
      name: column.name,
      note: headerNote(column),
      fill: column.required === true ? REQUIRED_FILL : HEADING_FILL
    }))
  )
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } }
}

/** exceljs 4.4 has `worksheet.dataValidations` at run time but not in its typings. */
interface WithDataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void }
}

function addDropdowns(sheet: ExcelJS.Worksheet, spec: SheetSpec, lastRow: number): void {
  const validations = (sheet as unknown as WithDataValidations).dataValidations
  spec.columns.forEach((column, c) => {
    if (column.list === undefined) return
    const letter = columnLetter(c + 1)
    validations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.name,
      error: `请从下拉列表中选择 / Pick one of: ${column.list.join(', ')}`
    })
  })
}
