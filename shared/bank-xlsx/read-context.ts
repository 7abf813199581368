/** What the sheet readers share while a workbook is assembled into a bank. */
import { WORKBOOK_KEYS } from '../issues/catalogue/terms'
import type { IssueTexts } from '../issues/catalogue/texts'
import type { IssueParam } from '../util/issue-codes'
import { issueText } from '../util/issue-codes'
import type { CellMap } from './cell-map'
import type { IssueList } from './issues'
import { rowReaders, type RowReader } from './row-reader'
import type { SheetTable } from './sheet-reader'

export interface ReadContext {
  /** The data sheets present in the workbook, by name. */
  tables: Map<string, SheetTable>
  issues: IssueList
  map: CellMap
}

/** Row readers of a sheet (none when the sheet is absent). */
export function rowsOf(context: ReadContext, sheet: string): RowReader[] {
  return rowReaders(context.tables.get(sheet), context.issues)
}

/** Notes that a row was left out of the bank (its problem is reported where it was found). */
export function skipRow(context: ReadContext): void {
  context.issues.incomplete = true
}

/** Detects duplicate keys and says on which row the key was first used. */
export class UniqueKeys {
  private readonly firstRow = new Map<string, number>()

  constructor(private readonly what: IssueTexts = WORKBOOK_KEYS.id) {}

  /** False (and an issue at `column`) when `key` was seen before. */
  claim(reader: RowReader, column: string, key: string, label: IssueParam = key): boolean {
    const first = this.firstRow.get(key)
    if (first !== undefined) {
      reader.drop(
        column,
        issueText('bankXlsx.duplicateKey', { what: this.what, key: label, first })
      )
      return false
    }
    this.firstRow.set(key, reader.row.row)
    return true
  }
}
