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

/**
 * The rows of a CSV text, numbered by the line each starts on. Stops (with the problem) at an
 * unclosed quote, and once there are more rows than a register may hold.
 */
export function parseCsv(
  text: string
): { rows: GridRow[] } | { problem: IssueText; rows?: GridRow[] } {
  const delimiter = delimiterOf(text)
  const rows: GridRow[] = []
  const maxRows = REGISTER_LIMITS.maxRows + REGISTER_LIMITS.headerSearchRows
  let cells: string[] = []
  let field = ''
  let line = 1
  let rowLine = 1
  let i = 0
  const n = text.length
  while (i < n) {
    const ch = text[i]!
    if (ch === '"' && field === '') {
      const opened = line
      i++
      for (;;) {
        if (i >= n) return { problem: issueText('register.csvQuote', { line: opened }) }
        const q = text[i]!
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (q === '\n') line++
        field += q
        i++
      }
      continue
    }
    if (ch === delimiter) {
      cells.push(field)
      field = ''
      if (cells.length > REGISTER_LIMITS.maxColumns)
        return {
          problem: issueText('register.tooManyColumns', {
            count: cells.length,
            max: REGISTER_LIMITS.maxColumns
          })
        }
    } else if (ch === '\n' || ch === '\r') {
      cells.push(field)
      rows.push({ row: rowLine, cells })
      if (rows.length > maxRows)
        return {
          problem: issueText('register.tooManyRows', {
            count: rows.length,
            max: REGISTER_LIMITS.maxRows
          })
        }
      cells = []
      field = ''
      if (ch === '\r' && text[i + 1] === '\n') i++
      line++
      rowLine = line
    } else field += ch
    i++
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field)
    rows.push({ row: rowLine, cells })
  }
  return { rows }
}
