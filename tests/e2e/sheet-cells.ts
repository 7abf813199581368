import type ExcelJS from 'exceljs'

/*
 * Filling an exported workbook by script, as someone without the app would in Excel: cells are
 * found by their column's header (row 1) and their row's key, never by a fixed address.
 */

/** The column whose header (row 1) is `name`. */
export function headerColumn(sheet: ExcelJS.Worksheet, name: string): number {
  let found = 0
  sheet.getRow(1).eachCell((cell, at) => {
    if (cell.value === name) found = at
  })
  if (found === 0) throw new Error(`no column ${name}`)
  return found
}

/** Sets the cell under `column` of the row whose `keyColumn` holds `key`; returns its address. */
export function setByKey(
  sheet: ExcelJS.Worksheet,
  row: { keyColumn: string; key: string },
  column: string,
  value: ExcelJS.CellValue
): string {
  for (let r = 2; r <= sheet.rowCount; r++)
    if (sheet.getCell(r, headerColumn(sheet, row.keyColumn)).value === row.key) {
      const cell = sheet.getCell(r, headerColumn(sheet, column))
      cell.value = value
      return cell.address
    }
  throw new Error(`no row for ${row.key}`)
}
