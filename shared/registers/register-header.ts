/**
 * A register's header row: found among the first rows of a sheet or CSV file (title rows and
 * merged banners above it are skipped), its columns mapped to the kind's fields (the template's
 * zh-CN or en-US headers, or the firm's own through a mapping), and the test for a copy of it met
 * further down (an export's page breaks). Problems are collected at their sheet, row and column.
 */
import { issueText, listParam } from '../util/issue-codes'
import { issueAt, type ValidationIssue } from '../util/validation'
import { columnLetter } from '../xlsx/address'
import type { Bilingual, RegisterField, RegisterKind } from './kinds'
import type { GridRow, ReadTableOptions } from './read-table'
import type { RawCell } from './values'

export const bilingual = (text: Bilingual): Bilingual => ({
  'zh-CN': text['zh-CN'],
  'en-US': text['en-US']
})

/** What headerKey takes out or changes besides case: white space and full-width brackets. */
const HEADER_NOISE = /[\s（）]/

/**
 * Headers compare without case, spaces or the difference between full- and half-width brackets.
 * Every row of a register is tested for a repeated header row (its first mapped cell's key): a
 * text without spaces or brackets — nearly every cell — is only lower-cased, not scanned thrice.
 */
export const headerKey = (text: string): string =>
  HEADER_NOISE.test(text)
    ? text.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '').toLowerCase()
    : text.toLowerCase()

const cellText = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? '' : String(cell)

function fieldForHeader(
  kind: RegisterKind,
  header: string,
  mapping: ReadTableOptions['mapping']
): RegisterField | undefined {
  const key = headerKey(header)
  if (key === '') return undefined
  const mapped = Object.entries(mapping ?? {}).find(([theirs]) => headerKey(theirs) === key)?.[1]
  if (mapped !== undefined) return kind.fields.find((f) => f.id === mapped)
  return kind.fields.find(
    (f) => headerKey(f.header['zh-CN']) === key || headerKey(f.header['en-US']) === key
  )
}

/**
 * The fields a row's cells name as a header row of `kind` (a cell mapped to an id that is no
 * field of the kind names none): what finds the header row, and which register a CSV file is.
 */
export function headerFields(
  kind: RegisterKind,
  cells: readonly RawCell[],
  mapping: ReadTableOptions['mapping']
): Set<string> {
  const found = new Set<string>()
  for (const cell of cells) {
    const field = fieldForHeader(kind, cellText(cell), mapping)
    if (field !== undefined) found.add(field.id)
  }
  return found
}

export interface Header {
  row: number
  /** Field id → 0-based column. */
  columns: Map<string, number>
  texts: string[]
}

/** The header row: the first row naming every required column (or, failing that, most columns). */
export function findHeader(
  kind: RegisterKind,
  rows: readonly GridRow[],
  options: ReadTableOptions,
  sheet: string,
  issues: ValidationIssue[],
  searchRows: number
): Header | undefined {
  let best: { row: GridRow; found: number } | undefined
  for (const row of rows.slice(0, searchRows)) {
    const found = headerFields(kind, row.cells, options.mapping)
    const required = kind.fields.filter((f) => f.required).every((f) => found.has(f.id))
    if (required) return headerOf(kind, row, options, sheet, issues)
    if (found.size > 1 && (best === undefined || found.size > best.found))
      best = { row, found: found.size }
  }
  if (best !== undefined) return headerOf(kind, best.row, options, sheet, issues)
  const columns = listParam(kind.fields.filter((f) => f.required).map((f) => f.header['zh-CN']))
  issues.push(issueAt({ sheet }, issueText('register.noHeader', { rows: searchRows, columns })))
  return undefined
}

function headerOf(
  kind: RegisterKind,
  row: GridRow,
  options: ReadTableOptions,
  sheet: string,
  issues: ValidationIssue[]
): Header {
  const columns = new Map<string, number>()
  const texts = row.cells.map(cellText)
  texts.forEach((text, index) => {
    const field = fieldForHeader(kind, text, options.mapping)
    if (field === undefined) return
    const other = columns.get(field.id)
    if (other !== undefined) {
      const place = { sheet, row: row.row, column: columnLetter(index + 1), header: text }
      issues.push(
        issueAt(
          place,
          issueText('register.duplicateColumn', { column: text, other: columnLetter(other + 1) })
        )
      )
    } else columns.set(field.id, index)
  })
  for (const field of kind.fields.filter((f) => f.required && !columns.has(f.id)))
    issues.push(
      issueAt(
        { sheet, row: row.row },
        issueText('register.requiredColumn', { column: bilingual(field.header) })
      )
    )
  return { row: row.row, columns, texts }
}

/** Whether a row repeats the header (an export's page break): checked column by column, once made. */
export function repeatedHeaderTest(header: Header): (cells: readonly RawCell[]) => boolean {
  const columns = [...header.columns.values()].map((index) => ({
    index,
    text: header.texts[index] ?? '',
    key: headerKey(header.texts[index] ?? '')
  }))
  return (cells) =>
    columns.every(({ index, text, key }) => {
      const cell = cellText(cells[index])
      if (cell === text) return true
      // A cell starting with a printable ASCII character keys to it lower-cased (headerKey takes
      // out only white space and full-width brackets): most cells differ from the key there, told
      // without a lower-cased copy of each (every row of a register is tested).
      const first = cell.charCodeAt(0)
      if (first > 0x20 && first < 0x7f) {
        const lower = first >= 0x41 && first <= 0x5a ? first + 0x20 : first
        if (lower !== key.charCodeAt(0)) return false
      }
      return headerKey(cell) === key
    })
}
