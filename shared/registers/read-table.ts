/**
 * One register read from a grid of cells (a workbook sheet or a CSV file): find the header row
 * (title rows and merged banners above it are skipped), map the columns (the template's zh-CN
 * headers, the en-US ones, or the firm's own through a mapping), read every row, and collect every
 * problem at its sheet, row and column. A register with problems is refused whole, except for the
 * rows the user chose to leave out (each named); nothing is half read.
 */
import type { IssueText } from '../util/issue-codes'
import { issueText } from '../util/issue-codes'
import { issueAt, type ValidationIssue } from '../util/validation'
import { columnLetter } from '../xlsx/address'
import type { Bilingual, RegisterKind, RegisterKindId } from './kinds'
import { countedRowsJson, jsonChars, rowJsonChars } from './stored-size'
import { bilingual, findHeader, repeatedHeaderTest, type Header } from './register-header'
import { cellReader, isBlank, type RawCell, type RegisterValue } from './values'

export const REGISTER_LIMITS = {
  /** Rows of one register (a year of changes at a large broker is some tens of thousands). */
  maxRows: 200_000,
  /** Columns of one register (the template has at most 12; ITSM exports some dozens). */
  maxColumns: 256,
  /** The header must be among the first rows (title rows of an export come before it). */
  headerSearchRows: 20
} as const

/** A row of the source: its 1-based row (or line) number and its cells, column A first. */
export interface GridRow {
  row: number
  cells: readonly RawCell[]
}

/** A register row: its row number in the source and its values by field id (blank: absent). */
export interface RegisterRow {
  row: number
  values: Readonly<Record<string, RegisterValue>>
}

export interface RegisterTable {
  kind: RegisterKindId
  /** The sheet (or file) it was read from. */
  sheet: string
  rows: RegisterRow[]
  /** Rows the user chose to leave out, with their problems at import time. */
  leftOut: number[]
  /** Copies of the header row met below it (an export's page breaks), skipped. */
  repeatedHeaders: number
}

export interface ReadTableOptions {
  /** The firm's own header → the template column's field id. */
  mapping?: Readonly<Record<string, string>>
  /** Source rows to leave out (the user chose so after seeing their problems). */
  leaveOut?: ReadonlySet<number>
}

export type TableResult =
  | { ok: true; value: RegisterTable }
  | { ok: false; issues: ValidationIssue[]; rowsWithProblems: number[] }

/** The incident times that may not come before its start. */
const TIMES_AFTER_START = ['detected', 'restored'] as const

/** Whether an incident's values fail a check across them (crossChecks says which): rarely. */
function crossFails(values: Record<string, RegisterValue>): boolean {
  const start = values.start as string | undefined
  const { detected, restored, actions, actionsClosed } = values
  return (
    (start !== undefined &&
      ((detected !== undefined && (detected as string) < start) ||
        (restored !== undefined && (restored as string) < start))) ||
    (actions !== undefined && actionsClosed !== undefined && actionsClosed > actions)
  )
}

/** Checks across an incident's values: times in order, closed actions within the due ones. */
function crossChecks(
  kind: RegisterKind,
  values: Record<string, RegisterValue>
): Array<{ field: string; problem: IssueText }> {
  const out: Array<{ field: string; problem: IssueText }> = []
  const header = (id: string): Bilingual => bilingual(kind.fields.find((f) => f.id === id)!.header)
  const start = values.start as string | undefined
  for (const later of TIMES_AFTER_START) {
    const at = values[later] as string | undefined
    if (start !== undefined && at !== undefined && at < start)
      out.push({
        field: later,
        problem: issueText('register.timeOrder', { later: header(later), earlier: header('start') })
      })
  }
  const due = values.actions as number | undefined
  const closed = values.actionsClosed as number | undefined
  if (due !== undefined && closed !== undefined && closed > due)
    out.push({
      field: 'actionsClosed',
      problem: issueText('register.closedOverDue', { closed, due })
    })
  return out
}

/**
 * A row's values as the reader builds them: a plain object (its prototype Object.prototype, its
 * constructor Object — a test, a clone or JSON sees `{}`), but made by a constructor, so V8
 * sizes it for the properties its rows get (slack tracking) and keeps them in the object: one
 * allocation a row, not an object and then a property array grown as the 5th, 6th … value is set.
 */
const RowValues = function RowValues() {} as unknown as new () => Record<string, RegisterValue>
RowValues.prototype = Object.prototype

/** A register's row reader for its header: each column's reader made once, for every row. */
function rowReader(kind: RegisterKind, header: Header) {
  const columns = kind.fields.map((field) => ({
    field,
    index: header.columns.get(field.id),
    read: cellReader(field, jsonChars),
    /** "key": in the row's JSON (stored-size.ts). */
    keyChars: jsonChars(field.id) + 1
  }))
  const crossChecked = kind.id === 'incidents'
  const counted = { pairs: 0, chars: 0 }
  /**
   * The values of one row, every problem reported through `fail` at its field; `counted`: how
   * many values it has and what they take in its JSON (the stored size, counted as read).
   */
  const read = (
    cells: readonly RawCell[],
    fail: (field: string, problem: IssueText) => void
  ): Record<string, RegisterValue> => {
    const values = new RowValues()
    let pairs = 0
    let chars = 0
    for (const { field, index, read, keyChars } of columns) {
      const raw = index === undefined ? null : (cells[index] ?? null)
      if (isBlank(raw)) {
        if (field.required) fail(field.id, issueText('register.required'))
        continue
      }
      const value = read(raw!)
      if ('problem' in value) fail(field.id, value.problem)
      else {
        values[field.id] = value.value
        pairs++
        chars += keyChars + value.chars
      }
    }
    if (crossChecked && crossFails(values))
      for (const { field, problem } of crossChecks(kind, values)) fail(field, problem)
    counted.pairs = pairs
    counted.chars = chars
    return values
  }
  return { read, counted }
}

/**
 * The first row of each id among `rows` as they are pushed (the last one pushed is the id's row):
 * `first(id)` gives the row of an earlier one with the same id, or undefined (and remembers the
 * last row as the id's first). An open-addressing table of indices into `rows` with each id's
 * hash (FNV-1a of its char codes), so 100,000 ids make two typed arrays instead of a Map of
 * 100,000 entries — its growth and the GC's tracing of it were the largest single cost of the
 * check (issue 12, Scale).
 */
function idIndex(
  rows: readonly RegisterRow[],
  idField: string
): (id: string) => number | undefined {
  let mask = 1023
  let slots = new Int32Array(mask + 1)
  let hashes = new Int32Array(mask + 1)
  let held = 0
  const hashOf = (text: string): number => {
    let hash = 0x811c9dc5
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
    return hash
  }
  const place = (at: number, hash: number, index: number) => {
    while (slots[at] !== 0) at = (at + 1) & mask
    slots[at] = index + 1
    hashes[at] = hash
  }
  return (id) => {
    const hash = hashOf(id)
    let at = hash & mask
    for (let slot = slots[at]!; slot !== 0; slot = slots[at]!) {
      if (hashes[at] === hash && rows[slot - 1]!.values[idField] === id) return rows[slot - 1]!.row
      at = (at + 1) & mask
    }
    slots[at] = rows.length
    hashes[at] = hash
    if (++held * 2 > mask) {
      const [oldSlots, oldHashes] = [slots, hashes]
      mask = mask * 2 + 1
      slots = new Int32Array(mask + 1)
      hashes = new Int32Array(mask + 1)
      for (let i = 0; i < oldSlots.length; i++)
        if (oldSlots[i] !== 0) place(oldHashes[i]! & mask, oldHashes[i]!, oldSlots[i]! - 1)
    }
    return undefined
  }
}

/** A source too wide or too long for a register (widest row, rows in all), or undefined. */
const sizeProblem = (sheet: string, widest: number, rows: number): ValidationIssue | undefined => {
  const { maxColumns, maxRows, headerSearchRows } = REGISTER_LIMITS
  if (widest > maxColumns)
    return issueAt(
      { sheet },
      issueText('register.tooManyColumns', { count: widest, max: maxColumns })
    )
  if (rows > maxRows + headerSearchRows)
    return issueAt({ sheet }, issueText('register.tooManyRows', { count: rows, max: maxRows }))
  return undefined
}

/** Reads one register from its rows (all of them, blank ones included or not). */
export function readRegisterTable(
  kind: RegisterKind,
  sheet: string,
  rows: readonly GridRow[],
  options: ReadTableOptions = {}
): TableResult {
  const widest = rows.reduce((max, r) => Math.max(max, r.cells.length), 0)
  const tooBig = sizeProblem(sheet, widest, rows.length)
  if (tooBig !== undefined) return refuse([tooBig])
  const reader = registerTableReader(
    kind,
    sheet,
    rows.slice(0, REGISTER_LIMITS.headerSearchRows),
    options
  )
  for (const row of rows) reader.add(row)
  return reader.result()
}

/** One register read a row at a time, as its source gives them (a CSV file as it is parsed). */
export interface RegisterTableReader {
  /** The source's next row (every row, the header search rows and blank ones included). */
  add(source: GridRow): void
  /** The register, or every problem placed (nothing half read). */
  result(): TableResult
}

/**
 * A register's reader: the header found among `head` (the source's first rows), each column's
 * reader made once; then every row given is read and checked as it comes, no grid kept.
 */
export function registerTableReader(
  kind: RegisterKind,
  sheet: string,
  head: readonly GridRow[],
  options: ReadTableOptions = {}
): RegisterTableReader {
  let widest = 0
  let count = 0
  const size = (cells: readonly RawCell[]) => {
    count++
    if (cells.length > widest) widest = cells.length
  }
  const issues: ValidationIssue[] = []
  // A source too wide is refused for its size before any header is looked for in it.
  const tooWide = head.some((r) => r.cells.length > REGISTER_LIMITS.maxColumns)
  const header = tooWide
    ? undefined
    : findHeader(kind, head, options, sheet, issues, REGISTER_LIMITS.headerSearchRows)
  if (header === undefined || issues.length > 0)
    return {
      add: ({ cells }) => size(cells),
      result: () => refuse([sizeProblem(sheet, widest, count) ?? issues].flat())
    }
  const table: RegisterTable = { kind: kind.id, sheet, rows: [], leftOut: [], repeatedHeaders: 0 }
  const problemRows = new Set<number>()
  const firstOfId = idIndex(table.rows, kind.idField)
  const { read: readRow, counted } = rowReader(kind, header)
  /** The JSON of the rows read (rowJsonChars, summed): their stored size, counted as read. */
  let rowChars = 0
  const isRepeatedHeader = repeatedHeaderTest(header)
  let row = 0
  const fail = (field: string, problem: IssueText) => {
    const index = header.columns.get(field)
    const place =
      index === undefined
        ? { sheet, row }
        : { sheet, row, column: columnLetter(index + 1), header: header.texts[index] ?? '' }
    problemRows.add(row)
    issues.push(issueAt(place, problem))
  }
  const add = (source: GridRow) => {
    row = source.row
    const { cells } = source
    size(cells)
    if (row <= header.row || cells.every(isBlank)) return
    if (isRepeatedHeader(cells)) {
      table.repeatedHeaders++
      return
    }
    if (options.leaveOut?.has(row) === true) {
      table.leftOut.push(row)
      return
    }
    const values = readRow(cells, fail)
    const id = values[kind.idField]
    table.rows.push({ row, values })
    if (typeof id === 'string') {
      const first = firstOfId(id)
      if (first !== undefined) fail(kind.idField, issueText('register.duplicateId', { id, first }))
    }
    rowChars += rowJsonChars(row, counted.pairs, counted.chars)
  }
  const result = (): TableResult => {
    const tooBig = sizeProblem(sheet, widest, count)
    if (tooBig !== undefined) return refuse([tooBig])
    if (issues.length > 0) return { ok: false, issues, rowsWithProblems: [...problemRows] }
    countedRowsJson(table.rows, rowChars)
    return { ok: true, value: table }
  }
  return { add, result }
}

const refuse = (issues: ValidationIssue[]): TableResult => ({
  ok: false,
  issues,
  rowsWithProblems: []
})

/** Checks a mapping names only template columns of `kind`: the problems, or none. */
export function mappingProblems(
  kind: RegisterKind,
  mapping: Readonly<Record<string, string>>
): IssueText[] {
  return Object.values(mapping)
    .filter((field) => !kind.fields.some((f) => f.id === field))
    .map((field) => issueText('register.unknownMapping', { field }))
}
