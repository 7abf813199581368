/**
 * The parts of a sheet every workbook this app writes for people to fill in shares (the bank
 * workbook, the questionnaire form): the header row and the instructions sheet's rows.
 */
import type ExcelJS from 'exceljs'
import { encodeCellText } from './cell-text'

/** The tint of instruction headings and of optional or read-only header cells. */
export const HEADING_FILL = 'FFDDEBF7'

/** One header cell: the column's name, its note (what goes in it) and its tint. */
export interface HeaderCell {
  name: string
  note: string
  fill: string
}

/** Writes row 1: every column's name in bold on its tint, with its note; `wrap` for long names. */
export function writeHeaderRow(
  sheet: ExcelJS.Worksheet,
  cells: readonly HeaderCell[],
  wrap = false
): void {
  const header = sheet.getRow(1)
  cells.forEach((column, c) => {
    const cell = header.getCell(c + 1)
    cell.value = column.name
    cell.note = column.note
    cell.font = { bold: true }
    cell.alignment = wrap ? { vertical: 'middle', wrapText: true } : { vertical: 'middle' }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.fill } }
  })
  header.commit()
}

/** How an instructions row reads: the sheet's title, a heading (bold, tinted) or body text. */
export type InstructionStyle = 'title' | 'heading' | 'body'

/**
 * The row writer of an instructions sheet: texts guarded against formulas, undefined an empty
 * cell; every cell wrapped and top-aligned; titles and headings bold, headings tinted.
 */
export function instructionRows(
  sheet: ExcelJS.Worksheet
): (values: Array<string | undefined>, style: InstructionStyle) => void {
  return (values, style) => {
    const row = sheet.addRow(
      values.map((value) => (value === undefined ? null : encodeCellText(value)))
    )
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' }
      if (style !== 'body') cell.font = { bold: true, size: style === 'title' ? 14 : 11 }
      if (style === 'heading')
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADING_FILL } }
    })
  }
}
