/**
 * One sheet's rows read from its XML bytes in one pass, without a DOM and without the whole sheet
 * as one string: the bytes are decoded a slice at a time, each slice ending right after a `</row>`
 * (markup is ASCII, so a cut there never splits a character). Cells come out as exceljs gives
 * them to the readers: shared and inline strings (rich text joined, phonetic guides left out),
 * numbers, booleans, error texts (`#N/A`), dates for numbers in a date style, and a formula's
 * cached value; a formula without one is marked so the reader can place the problem.
 */
import { endsTagName } from './gate-scan'
import { runTexts } from './workbook-parts'
import { attribute, decodeEntities } from './xml-text'

/** A formula cell saved without its computed value (recalculate and save in Excel). */
export const NO_CACHED_VALUE = Object.freeze({ formulaWithoutValue: true as const })

export type SheetCell = string | number | boolean | Date | null | typeof NO_CACHED_VALUE

/** Whether a cell is a formula saved without its value. */
export const noCachedValue = (cell: SheetCell): cell is typeof NO_CACHED_VALUE =>
  cell === NO_CACHED_VALUE

/** A row that holds a value: its 1-based number and its cells, column A first (gaps null). */
export interface SheetRow {
  row: number
  cells: SheetCell[]
}

export interface SheetContext {
  strings: readonly string[]
  /** Per cell style index: whether it shows a date. */
  dateStyles: readonly boolean[]
  date1904: boolean
  /** Cells right of this column stop the sheet: the reader refuses it (`widest`). */
  maxColumns: number
}

export interface SheetRows {
  rows: SheetRow[]
  /** The rightmost column met, when it is past `maxColumns` (reading stopped there). */
  widest?: number
}

/** Input decoded per slice; a slice is extended to the next `</row>` when a row is longer. */
const SLICE_BYTES = 1024 * 1024
const ROW_END = Array.from('</row>', (c) => c.charCodeAt(0))
const GT = 0x3e

/** Where the last `</row>` in `bytes[from, to)` ends, or -1. */
function lastRowEnd(bytes: Uint8Array, from: number, to: number): number {
  for (let at = bytes.lastIndexOf(GT, to - 1); at >= from + 5; at = bytes.lastIndexOf(GT, at - 1))
    if (ROW_END.every((code, i) => bytes[at - 5 + i] === code)) return at + 1
  return -1
}

/** Column letters of a reference (`AB12`) as a number (AB → 28), or 0 when there are none. */
function columnOf(ref: string): number {
  let n = 0
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i)
    if (code >= 65 && code <= 90) n = n * 26 + code - 64
    else if (code >= 97 && code <= 122) n = n * 26 + code - 96
    else break
  }
  return n
}

/** Whether `text` has the start tag `<name` at `at` (followed by a blank, `>` or `/`). */
function tagAt(text: string, at: number, name: string): boolean {
  if (!text.startsWith(name, at + 1)) return false
  return endsTagName(text.charCodeAt(at + 1 + name.length))
}

/** The first start tag `<name` in `text[from, to)`, or -1. */
function findTag(text: string, name: string, from: number, to: number): number {
  for (
    let at = text.indexOf(`<${name}`, from);
    at >= 0 && at < to;
    at = text.indexOf(`<${name}`, at + 1)
  )
    if (tagAt(text, at, name)) return at
  return -1
}

class BadXml extends Error {}

const excelDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))

/** A cell's value from its type, style and the text of its `<v>` (or inline string). */
function cellValue(
  context: SheetContext,
  type: string | undefined,
  style: number,
  value: string
): Exclude<SheetCell, null | typeof NO_CACHED_VALUE> {
  switch (type) {
    case 's': {
      const text = context.strings[Number(value)]
      if (text === undefined) throw new BadXml(`shared string ${value} does not exist`)
      return text
    }
    case 'str':
    case 'inlineStr':
      return value
    case 'b':
      return parseInt(value, 10) !== 0
    case 'e':
      return value
    case 'd': {
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`)
      return Number.isNaN(date.getTime()) ? value : date
    }
    default: {
      const number = parseFloat(value)
      return context.dateStyles[style] === true ? excelDate(number, context.date1904) : number
    }
  }
}

/** One `<c>` whose start tag is `text[at, gt]`: its column and value; `next` after it. */
function readCell(
  text: string,
  at: number,
  gt: number,
  context: SheetContext
): { ref: string | undefined; value: SheetCell; next: number } {
  const tag = text.slice(at, gt + 1)
  const ref = attribute(tag, 'r')
  if (tag.endsWith('/>')) return { ref, value: null, next: gt + 1 }
  const end = text.indexOf('</c>', gt)
  if (end < 0) throw new BadXml('a cell is not closed')
  const type = attribute(tag, 't')
  const style = Number(attribute(tag, 's') ?? 0)
  // Searched within the cell's own text: a search of the sheet for a tag the cell lacks (`<f`)
  // would run to the end of the slice for every cell.
  const inner = text.slice(gt + 1, end)
  const formula = findTag(inner, 'f', 0, inner.length) >= 0
  let raw: string | undefined
  const v = findTag(inner, 'v', 0, inner.length)
  if (v >= 0) {
    const open = inner.indexOf('>', v)
    if (inner[open - 1] !== '/') {
      const close = inner.indexOf('</v>', open)
      if (close < 0) throw new BadXml('a value is not closed')
      raw = decodeEntities(inner.slice(open + 1, close))
    }
  } else if (type === 'inlineStr') {
    const is = findTag(inner, 'is', 0, inner.length)
    if (is >= 0) {
      const close = inner.indexOf('</is>', is)
      if (close < 0) throw new BadXml('an inline string is not closed')
      raw = runTexts(inner, is, close) ?? undefined
      if (raw === undefined) throw new BadXml('an inline string is not well formed')
    }
  }
  const next = end + 4
  if (formula && (raw === undefined || raw === '')) return { ref, value: NO_CACHED_VALUE, next }
  if (raw === undefined) return { ref, value: null, next }
  return { ref, value: cellValue(context, type, style, raw), next }
}

/** Reads the rows of one slice (whole rows only) into `out`; false once `</sheetData>` is met. */
function readSlice(
  text: string,
  context: SheetContext,
  state: { started: boolean; lastRow: number; widest?: number },
  out: SheetRow[]
): boolean {
  let at = 0
  if (!state.started) {
    const data = findTag(text, 'sheetData', 0, text.length)
    if (data < 0) return true
    state.started = true
    at = data + 1
  }
  const stop = text.indexOf('</sheetData>', at)
  const limit = stop < 0 ? text.length : stop
  for (;;) {
    const row = findTag(text, 'row', at, limit)
    if (row < 0) return stop < 0
    const gt = text.indexOf('>', row)
    if (gt < 0) throw new BadXml('a row is not closed')
    const rowTag = text.slice(row, gt + 1)
    const number = Number(attribute(rowTag, 'r') ?? state.lastRow + 1)
    if (!Number.isInteger(number) || number < 1) throw new BadXml(`row number ${number}`)
    state.lastRow = number
    if (rowTag.endsWith('/>')) {
      at = gt + 1
      continue
    }
    const end = text.indexOf('</row>', gt)
    if (end < 0) throw new BadXml(`row ${number} is not closed`)
    const cells: SheetCell[] = []
    let column = 0
    let filled = false
    for (let c = findTag(text, 'c', gt, end); c >= 0; c = findTag(text, 'c', c, end)) {
      const cgt = text.indexOf('>', c)
      const cell = readCell(text, c, cgt, context)
      column = cell.ref === undefined ? column + 1 : columnOf(cell.ref) || column + 1
      c = cell.next
      if (cell.value === null) continue
      if (column > context.maxColumns) {
        state.widest = Math.max(state.widest ?? 0, column)
        return false
      }
      cells[column - 1] = cell.value
      filled = true
    }
    if (filled) {
      for (let i = 0; i < cells.length; i++) cells[i] ??= null
      out.push({ row: number, cells })
    }
    at = end + 6
  }
}

/** The rows holding a value of one sheet's XML; throws nothing, says why when not well formed. */
export function readSheetXml(
  bytes: Uint8Array,
  context: SheetContext
): SheetRows | { detail: string } {
  const decoder = new TextDecoder('utf-8')
  const rows: SheetRow[] = []
  const state: { started: boolean; lastRow: number; widest?: number } = {
    started: false,
    lastRow: 0
  }
  try {
    for (let from = 0; from < bytes.length;) {
      let to = Math.min(bytes.length, from + SLICE_BYTES)
      let cut = to === bytes.length ? to : lastRowEnd(bytes, from, to)
      while (cut < 0) {
        to = Math.min(bytes.length, to + SLICE_BYTES)
        cut = to === bytes.length ? to : lastRowEnd(bytes, from, to)
      }
      if (!readSlice(decoder.decode(bytes.subarray(from, cut)), context, state, rows)) break
      from = cut
    }
  } catch (error) {
    if (error instanceof BadXml) return { detail: error.message }
    throw error
  }
  return state.widest === undefined ? { rows } : { rows, widest: state.widest }
}
