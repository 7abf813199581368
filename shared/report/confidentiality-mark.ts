import type ExcelJS from 'exceljs'
import { setText } from './cells'
import type { CellStyle } from './styles'

/** `&` starts a code in page headers and footers; the label's own must be doubled. */
const codeSafe = (text: string): string => text.replaceAll('&', '&&')

/**
 * Marks a written sheet with the confidentiality label (issue 15): in a cell of row 1 just right
 * of the sheet's content — visible on screen, kept by every reader and frozen with the header
 * row — and in the left part of the page header and the middle of the page footer, so every
 * printed page carries it. Runs after the sheet is written, keeping its own header and footer.
 */
export function markConfidentiality(
  sheet: ExcelJS.Worksheet,
  label: string,
  style: CellStyle
): void {
  const column = sheet.columnCount + 1
  setText(sheet.getCell(1, column), label, style)
  const width = [...label].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 2.1 : 1.1), 2)
  sheet.getColumn(column).width = Math.max(sheet.getColumn(column).width ?? 0, width)
  const mark = `&"-,Bold"${codeSafe(label)}&"-,Regular"`
  const header = sheet.headerFooter.oddHeader ?? ''
  const footer = sheet.headerFooter.oddFooter ?? ''
  sheet.headerFooter = {
    ...sheet.headerFooter,
    oddHeader: header.includes('&L') ? header.replace('&L', `&L${mark}  `) : `&L${mark}${header}`,
    oddFooter: footer.includes('&R') ? footer.replace('&R', `&C${mark}&R`) : `${footer}&C${mark}`
  }
}
