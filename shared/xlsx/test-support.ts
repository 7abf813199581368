/**
 * What exceljs reads from a workbook, in the shape the streaming reader gives (sheet-stream.ts):
 * per sheet, the rows holding a value with their cells column A first (gaps null), a formula's
 * cached value or NO_CACHED_VALUE, rich text joined, an error as its text. The tests compare the
 * two readers on the same bytes; exceljs is the independent reader here.
 */
import ExcelJS from 'exceljs'
import { NO_CACHED_VALUE, type SheetCell, type SheetRow } from './sheet-rows'

function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || value instanceof Date) return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    if (result === undefined || result === null) return NO_CACHED_VALUE
    if (typeof result === 'object' && !(result instanceof Date))
      return 'error' in result ? String((result as { error: unknown }).error) : NO_CACHED_VALUE
    return result as SheetCell
  }
  if ('text' in value) return String(value.text)
  if ('error' in value) return String(value.error)
  return null
}

/** Every sheet's rows as exceljs reads them, by sheet name. */
export async function exceljsRows(bytes: Uint8Array): Promise<Map<string, SheetRow[]>> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheets = new Map<string, SheetRow[]>()
  for (const sheet of workbook.worksheets) {
    const rows: SheetRow[] = []
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: SheetCell[] = []
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellOf(cell.value)
      })
      for (let i = 0; i < cells.length; i++) cells[i] ??= null
      rows.push({ row: number, cells })
    })
    sheets.set(sheet.name, rows)
  }
  return sheets
}
