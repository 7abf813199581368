/**
 * Dropdown lists kept in cells of a hidden sheet. An inline list (`"a,b,c"`) cannot hold a comma
 * or a quote and is capped at 255 characters, and option labels may have all three; a range
 * reference has no such limits. Identical lists share one column.
 */
import type ExcelJS from 'exceljs'
import { cellValue } from '../bank-xlsx/index'
import { columnLetter } from '../xlsx/address'
import { LISTS_SHEET } from './sheets'

export class DropdownLists {
  private readonly columns: string[][] = []
  private readonly byKey = new Map<string, string>()

  /** The range formula of a list with these items, e.g. `lists!$B$2:$B$6`. */
  range(items: readonly string[]): string {
    const key = JSON.stringify(items)
    const known = this.byKey.get(key)
    if (known !== undefined) return known
    this.columns.push([...items])
    const letter = columnLetter(this.columns.length)
    const range = `${LISTS_SHEET}!$${letter}$2:$${letter}$${items.length + 1}`
    this.byKey.set(key, range)
    return range
  }

  /** A dropdown validation offering `items`; other entries are allowed after a warning. */
  dropdown(items: readonly string[], title: string, error: string): ExcelJS.DataValidation {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [this.range(items)],
      showErrorMessage: true,
      // A warning, not a stop: the importer also reads the other language and bare level digits.
      errorStyle: 'warning',
      errorTitle: title.slice(0, 32),
      error: error.slice(0, 225)
    }
  }

  /** Writes the hidden sheet; texts are guarded like every other cell. */
  write(workbook: ExcelJS.Workbook): void {
    const sheet = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' })
    this.columns.forEach((items, c) => {
      sheet.getCell(1, c + 1).value = `list${c + 1}`
      items.forEach((item, r) => {
        sheet.getCell(r + 2, c + 1).value = cellValue(item)
      })
    })
  }
}
