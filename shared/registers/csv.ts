/**
 * CSV registers as Chinese offices write them: UTF-8 with or without a BOM, or GB18030/GBK (what
 * Excel's "CSV" saves on a Chinese Windows). Decoded strictly (UTF-8 first; text that is not UTF-8
 * is GB18030, which every GBK file is), then split into rows per RFC 4180 (quotes, doubled quotes,
 * line breaks inside quotes; comma, or tab/semicolon when the first line uses those).
 */
import type { IssueText } from '../util/issue-codes'
import { issueText } from '../util/issue-codes'
import type { GridRow } from './read-table'
import { REGISTER_LIMITS } from './read-table'

export type CsvEncoding = 'utf-8' | 'gb18030'

/** The text of a CSV file and the encoding it was read in, or why it is not text. */
export function decodeCsv(
  bytes: Uint8Array
): { text: string; encoding: CsvEncoding } | { problem: IssueText } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes),
      encoding: 'utf-8'
    }
  } catch {
    if (bom) return { problem: issueText('register.csvEncoding') }
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' }
  } catch {
    return { problem: issueText('register.csvEncoding') }
  }
}

/** The delimiter the first line uses most: comma unless tabs or semicolons are more common. */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n')
  const first = end < 0 ? text : text.slice(0, end)
  const count = (ch: string) => first.split(ch).length - 1
  const [best] = [',', '\t', ';'].toSorted((a, b) => count(b) - count(a))
  return count(best!) > 0 ? best! : ','
}

/** A CSV file wider or longer than a register may be. */
const tooMany = (what: 'Columns' | 'Rows', count: number) => ({
  problem:
    what === 'Rows'
      ? issueText('register.tooManyRows', { count, max: REGISTER_LIMITS.maxRows })
      : issueText('register.tooManyColumns', { count, max: REGISTER_LIMITS.maxColumns })
})

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

/**
 * The rows of a CSV text, numbered by the line each starts on. Stops (with the problem) at an
 * unclosed quote, and once there are more rows than a register may hold.
 */
export function parseCsv(text: string): { rows: GridRow[] } | { problem: IssueText } {
  const rows: GridRow[] = []
  const parsed = eachCsvRow(text, (row) => rows.push(row))
  return 'problem' in parsed ? parsed : { rows }
}

/**
 * Each row of a CSV text in turn, handed to `onRow` as soon as it ends — the importer reads and
 * checks a row there and keeps no grid of the file's texts. Numbered by the line each starts on.
 * Stops (with the problem) at an unclosed quote, a row wider than a register may be, and once
 * there are more rows than a register may hold. A field's text is taken as slices of the text
 * between the delimiters (a quoted one between its quotes), never a character at a time: a
 * 100,000-row register is some 700,000 fields.
 */
export function eachCsvRow(
  text: string,
  onRow: (row: GridRow) => void,
  /**
   * Hand every row in one GridRow and one array of cells, refilled for the next row: for a
   * reader that keeps no row it is given (it copies one it keeps) — 100,000 rows, no 200,000
   * short-lived objects.
   */
  reuse = false
): { rows: number } | { problem: IssueText } {
  const delimiter = delimiterOf(text).charCodeAt(0)
  const maxRows = REGISTER_LIMITS.maxRows + REGISTER_LIMITS.headerSearchRows
  let rows = 0
  let cells: string[] = []
  const given: { row: number; cells: string[] } = { row: 0, cells }
  let field = ''
  let line = 1
  let rowLine = 1
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text.charCodeAt(i)
    if (ch === QUOTE && field === '') {
      // A quoted field: up to the quote not doubled; line breaks inside are part of it.
      const opened = line
      let from = i + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote < 0) return { problem: issueText('register.csvQuote', { line: opened }) }
        for (
          let at = text.indexOf('\n', from);
          at >= 0 && at < quote;
          at = text.indexOf('\n', at + 1)
        )
          line++
        if (text.charCodeAt(quote + 1) === QUOTE) {
          field += text.slice(from, quote + 1)
          from = quote + 2
          continue
        }
        field += text.slice(from, quote)
        i = quote + 1
        break
      }
      continue
    }
    if (ch === delimiter) {
      cells.push(field)
      field = ''
      if (cells.length > REGISTER_LIMITS.maxColumns) return tooMany('Columns', cells.length)
      i++
    } else if (ch === LF || ch === CR) {
      cells.push(field)
      if (++rows > maxRows) return tooMany('Rows', rows)
      given.row = rowLine
      onRow(reuse ? given : { row: rowLine, cells })
      if (reuse) cells.length = 0
      else given.cells = cells = []
      field = ''
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      line++
      rowLine = line
    } else {
      // Unquoted text up to the next delimiter or line end (a quote within it is a character).
      let end = i + 1
      for (; end < n; end++) {
        const c = text.charCodeAt(end)
        if (c === delimiter || c === LF || c === CR) break
      }
      field += text.slice(i, end)
      i = end
    }
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field)
    onRow({ row: rowLine, cells })
    rows++
  }
  return { rows }
}
