/**
 * Writes one sheet of the form from its spec: header with bilingual notes, typed cells (texts
 * guarded against formulas by the bank workbook's `cellValue`), editable cells unlocked and tinted,
 * per-cell dropdowns, frozen header, widths, print setup, and sheet protection without a password
 * so only the editable cells can be changed.
 */
import type ExcelJS from 'exceljs'
import { cellValue, type CellInput } from '../bank-xlsx/index'
import { columnLetter } from '../xlsx/address'
import { replaceXmlInvalid } from '../xlsx/cell-text'
import { HEADING_FILL, writeHeaderRow } from '../xlsx/sheet-parts'
import type { FormColumn, FormSheetSpec } from './sheets'

/** One row as the sheet builders produce it; keys are column names. */
export interface FormRow {
  cells: Readonly<Record<string, CellInput | Date>>
  /** Notes on single cells (e.g. the question in the other language). */
  notes?: Readonly<Record<string, string | undefined>>
  /** Editable columns of this row, when not every editable column of the sheet is. */
  editable?: ReadonlySet<string>
  validations?: Readonly<Record<string, ExcelJS.DataValidation | undefined>>
  numFmt?: Readonly<Record<string, string>>
}

const EDITABLE_HEADER_FILL = 'FFF8CBAD'
const EDITABLE_FILL = 'FFFFF2CC'
const WRAPPED: ReadonlySet<FormColumn['kind']> = new Set(['text', 'long', 'code'])

/** Control characters would make the notes part invalid XML; a note is only shown, never read. */
const noteText = (text: string): string => replaceXmlInvalid(text, ' ')

/** The header note: whether the column is filled in or read-only, and what it holds. */
export function formHeaderNote(column: FormColumn): string {
  const zh = column.editable === true ? '【填写】' : '【只读】'
  const en = column.editable === true ? '[fill in]' : '[read-only]'
  return `${zh}${column.zh}\n${en} ${column.en}`
}

function writeHeader(sheet: ExcelJS.Worksheet, spec: FormSheetSpec): void {
  const cells = spec.columns.map((column) => ({
    name: column.name,
    note: formHeaderNote(column),
    fill: column.editable === true ? EDITABLE_HEADER_FILL : HEADING_FILL
  }))
  writeHeaderRow(sheet, cells, true)
}

/** Adds `spec` as a worksheet holding `rows`, protected so that only editable cells change. */
export async function writeFormSheet(
  workbook: ExcelJS.Workbook,
  spec: FormSheetSpec,
  rows: readonly FormRow[]
): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 }
    }
  })
  sheet.columns = spec.columns.map((column) => ({
    key: column.name,
    width: column.width ?? 16,
    hidden: column.hidden === true
  }))
  writeHeader(sheet, spec)
  rows.forEach((input, index) => writeRow(sheet.getRow(index + 2), spec, input))
  addValidations(sheet, spec, rows)
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } }
  // No password (documented): protection guides the filler to the answer cells; it is not a
  // security boundary, since the importer checks every cell anyway.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true
  })
  return sheet
}

function writeRow(row: ExcelJS.Row, spec: FormSheetSpec, input: FormRow): void {
  spec.columns.forEach((column, c) => {
    const cell = row.getCell(c + 1)
    const raw = input.cells[column.name]
    const value = raw instanceof Date ? raw : cellValue(raw)
    if (value !== null) cell.value = value
    const numFmt = input.numFmt?.[column.name]
    if (numFmt !== undefined) cell.numFmt = numFmt
    if (WRAPPED.has(column.kind)) cell.alignment = { wrapText: true, vertical: 'top' }
    else cell.alignment = { vertical: 'top' }
    const editable =
      column.editable === true && (input.editable === undefined || input.editable.has(column.name))
    if (editable) {
      cell.protection = { locked: false }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDITABLE_FILL } }
    }
    const note = input.notes?.[column.name]
    if (note !== undefined && note !== '') cell.note = noteText(note)
  })
  row.commit()
}

/** exceljs 4.4 has `worksheet.dataValidations` at run time but not in its typings. */
interface WithDataValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void }
}

/**
 * Adds the rows' validations, one range per run of equal ones in a column. exceljs would merge
 * equal single-cell validations itself, but it walks addresses in text order (F10 before F9) and
 * then writes overlapping ranges, which spreadsheet programs may report as damaged content.
 */
function addValidations(
  sheet: ExcelJS.Worksheet,
  spec: FormSheetSpec,
  rows: readonly FormRow[]
): void {
  const validations = (sheet as unknown as WithDataValidations).dataValidations
  spec.columns.forEach((column, c) => {
    const letter = columnLetter(c + 1)
    let run: { first: number; last: number; key: string; rule: ExcelJS.DataValidation } | undefined
    const flush = (): void => {
      if (run === undefined) return
      const range =
        run.first === run.last
          ? `${letter}${run.first}`
          : `${letter}${run.first}:${letter}${run.last}`
      validations.add(range, run.rule)
      run = undefined
    }
    rows.forEach((input, index) => {
      const row = index + 2
      const editable =
        column.editable === true &&
        (input.editable === undefined || input.editable.has(column.name))
      const rule = editable ? input.validations?.[column.name] : undefined
      const key = rule === undefined ? '' : JSON.stringify(rule)
      if (run !== undefined && (key === '' || key !== run.key || run.last !== row - 1)) flush()
      if (rule === undefined) return
      if (run === undefined) run = { first: row, last: row, key, rule }
      else run.last = row
    })
    flush()
  })
}
