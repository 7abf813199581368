import type ExcelJS from 'exceljs'
import { columnLetter } from '../xlsx/address'
import { setText } from './cells'
import type { WriteContext } from './context'
import { wallClockText } from './time'

/**
 * Lines a wrapped text needs in a column `width` characters wide. The width unit is a digit of
 * 11-point Calibri; the report's 10-point text fits about 1.1 Latin characters per unit, and a
 * CJK character takes about 1.8 units.
 */
export function wrappedLines(text: string, width: number): number {
  let total = 0
  for (const line of text.split('\n')) {
    let units = 0
    for (const ch of line) units += ch.charCodeAt(0) > 0x2e7f ? 1.8 : 0.9
    total += Math.max(1, Math.ceil(units / Math.max(1, width - 1.5)))
  }
  return total
}

/** Points per line of 10-point text, and the most lines a row grows to (the cell keeps all). */
const LINE_HEIGHT = 13
const MAX_LINES = 12

/**
 * Sets the height of rows `from`..`to` to fit their wrapped texts. Neither Excel nor LibreOffice
 * grows a row for wrapped text on opening a file, so without this a question or a comment shows
 * only its first line. Rows that fit in one line, and rows given a height, keep theirs.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet, from: number, to: number): void {
  const widths: number[] = []
  for (let r = from; r <= to; r++) {
    const row = sheet.getRow(r)
    // A height set on purpose (titles, header rows) stays; merged cells span wider than a column.
    if (row.height !== undefined) continue
    let lines = 1
    row.eachCell((cell, column) => {
      if (cell.isMerged || cell.alignment?.wrapText !== true || typeof cell.value !== 'string')
        return
      widths[column] ??= sheet.getColumn(column).width ?? 9
      lines = Math.max(lines, wrappedLines(cell.value, widths[column] as number))
    })
    if (lines > 1) row.height = Math.min(lines, MAX_LINES) * LINE_HEIGHT + 3
  }
}

/** Freezes the rows above `row` and the columns before `column`; the view opens at that cell. */
export function freezeAt(sheet: ExcelJS.Worksheet, row: number, column: number): void {
  const cell = `${columnLetter(column)}${row}`
  sheet.views = [
    { state: 'frozen', xSplit: column - 1, ySplit: row - 1, topLeftCell: cell, activeCell: cell }
  ]
}

/** A filter on header row `headerRow` over rows down to `lastRow` and columns 1..`columns`. */
export function filterRows(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  lastRow: number,
  columns: number
): void {
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: lastRow, column: columns } }
}

/**
 * The finish of a list sheet with one header row: rows 2..`lastRow` fitted to their text, the
 * header row and `frozenColumns` columns frozen, a filter down to `filterTo` over `columns`,
 * printed landscape with the header row on every page.
 */
export function finishListSheet(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  columns: number,
  list: { lastRow: number; filterTo: number; frozenColumns: number }
): void {
  fitRowHeights(sheet, 2, list.lastRow)
  freezeAt(sheet, 2, list.frozenColumns + 1)
  filterRows(sheet, 1, list.filterTo, columns)
  setupPrinting(ctx, sheet, { landscape: true, titleRows: '1:1' })
}

/** Column widths (in characters) in order, starting at column A. */
export function setWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width
  })
}

/** A header row with the shared header style; returns the row number. */
export function writeHeaderRow(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  headers: readonly string[],
  firstColumn = 1
): number {
  const row = sheet.getRow(rowNumber)
  headers.forEach((header, i) => setText(row.getCell(firstColumn + i), header, ctx.styles.header))
  return rowNumber
}

/**
 * The top of a list sheet whose columns are a field → column table: the column widths, then the
 * header row with each field's header in its column. {@link finishListSheet} ends it.
 */
export function startListSheet<K extends string>(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  widths: readonly number[],
  columns: Readonly<Record<K, number>>,
  headers: Readonly<Record<K, string>>
): void {
  setWidths(sheet, widths)
  const keys = (Object.keys(columns) as K[]).sort((a, b) => columns[a] - columns[b])
  writeHeaderRow(
    ctx,
    sheet,
    1,
    keys.map((key) => headers[key])
  )
}

/** `&` starts a code in page headers and footers; user text must double it. */
function headerText(text: string, max = 60): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text
  return clipped.replaceAll('&', '&&')
}

/** Page margins in inches. */
const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 }

/** The printable height of an A4 page in points, at 100 %. */
export function printableHeight(landscape: boolean): number {
  const inches = landscape ? 8.27 : 11.69
  return (inches - PRINT_MARGINS.top - PRINT_MARGINS.bottom) * 72
}

export interface PrintOptions {
  landscape: boolean
  /** Rows repeated at the top of every printed page, e.g. `1:1`. */
  titleRows?: string
  /** Columns repeated at the left of every page, e.g. `A:B`. */
  titleColumns?: string
  /**
   * A fixed print scale in percent, pages across then down; without it the sheet is fitted to
   * one page wide, which suits sheets narrow enough to stay readable that way.
   */
  scale?: number
}

/**
 * Print setup shared by every sheet: A4, fit to one page wide (as many pages tall as needed) or
 * a fixed scale,
 * repeated header rows, and a page header that carries the DRAFT mark on every printed page of
 * an unfinalized report, the institution and period, and page numbers.
 */
export function setupPrinting(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  options: PrintOptions
): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.landscape ? 'landscape' : 'portrait',
    ...(options.scale === undefined
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: options.scale, pageOrder: 'overThenDown' }),
    horizontalCentered: false,
    margins: PRINT_MARGINS,
    ...(options.titleRows === undefined ? {} : { printTitlesRow: options.titleRows }),
    ...(options.titleColumns === undefined ? {} : { printTitlesColumn: options.titleColumns })
  }
  const { model, labels } = ctx
  const draft = model.draft ? `&"-,Bold"&14&KC00000${headerText(labels.pageHeaderDraft)}` : ''
  const where = headerText(
    `${model.cover.institution}  ${model.cover.period.start} ${labels.cover.periodTo} ${model.cover.period.end}`,
    90
  )
  sheet.headerFooter = {
    oddHeader: `&L${draft}&C&A&R${where}`,
    oddFooter: `&L${headerText(model.title)}  ${headerText(wallClockText(model.generatedAt))}&R&P / &N`
  }
}
