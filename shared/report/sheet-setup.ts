import type ExcelJS from 'exceljs'
import { setText } from './cells'
import type { WriteContext } from './context'
import { wallClockText } from './time'

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

/** `&` starts a code in page headers and footers; user text must double it. */
function headerText(text: string, max = 60): string {
  const clipped = text.length > max ? `${text.slice(0, max - 1)}…` : text
  return clipped.replaceAll('&', '&&')
}

/**
 * Print setup shared by every sheet: A4, fit to one page wide (as many pages tall as needed),
 * repeated header rows, and a page header that carries the DRAFT mark on every printed page of
 * an unfinalized report, the institution and period, and page numbers.
 */
export function setupPrinting(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  options: { landscape: boolean; titleRows?: string }
): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    ...(options.titleRows === undefined ? {} : { printTitlesRow: options.titleRows })
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
