/** What the sheet readers share while a workbook is assembled into a bank. */
import { WORKBOOK_KEYS } from '../issues/catalogue/terms'
import type { IssueTexts } from '../issues/catalogue/texts'
import { issueText, type IssueCode, type IssueParam } from '../util/issue-codes'
import { RecordBuilder, type CellMap } from './cell-map'
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

  /**
   * Whether a row that hangs off a parent (a factor's input, a profile's level) is read: it names
   * a parent (an unknown one is reported where it is looked up, parentOf) and its key, when it has
   * one, is new under that parent (reported at `column` otherwise). A row left out is noted.
   */
  claimChild<P extends { path: string }>(
    context: ReadContext,
    reader: RowReader,
    parent: P | undefined,
    column: string,
    key: string | number | undefined
  ): parent is P {
    if (
      parent !== undefined &&
      (key === undefined || this.claim(reader, column, `${parent.path} ${key}`, String(key)))
    )
      return true
    skipRow(context)
    return false
  }
}

/** The parent a row names in `column` (a factor, a profile), or undefined: unknown ones reported. */
export function parentOf<P>(
  reader: RowReader,
  column: string,
  parents: ReadonlyMap<string, P>,
  unknown: IssueCode
): P | undefined {
  const id = reader.id(column, true)
  if (id === undefined) return undefined
  const parent = parents.get(id)
  if (parent === undefined) reader.drop(column, issueText(unknown, { id }))
  return parent
}

/** The builder of a row's record, the next item of `list` at `listPath` (`factors[0].inputs`). */
export function nextItem(
  context: ReadContext,
  reader: RowReader,
  listPath: string,
  list: readonly unknown[],
  keyColumn?: string
): RecordBuilder {
  return new RecordBuilder(context.map, `${listPath}[${list.length}]`, reader, keyColumn)
}
