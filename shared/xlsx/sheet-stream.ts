/**
 * The streaming workbook door (issue 12): the named sheets of an .xlsx read row by row into cell
 * values, for readers of many rows of few columns (registers) that exceljs cannot hold — it builds
 * an object per row and cell, and 100,000 changes closed the Chromium page (out of memory). The
 * zip goes through the same hardened reader as every workbook (shared/zip: size, names, ratios,
 * real sizes, CRCs; macros and encryption refused); then only the parts needed are inflated:
 * workbook.xml and its relationships, the shared strings, the styles (which cells are dates) and
 * the sheets asked for. Their rows, cells and shared strings are counted in the inflated XML and
 * capped by the reader's limits before anything is parsed; a DTD is refused; XML that is not well
 * formed is refused with what is wrong. No DOM is built; a sheet is decoded a slice at a time.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { partIssue, wholeFileIssue } from '../util/validation'
import { decodeUtf8, displayName, inflateEntry, openZip, type ZipEntry } from '../zip'
import { isCompoundFile, WORKBOOK_PATH, workbookZip, type WorkbookLimits } from './gate'
import { countStartTags, countTags, hasDoctype } from './gate-scan'
import { readSheetXml, type SheetRow } from './sheet-rows'
import { dateStyles, sharedStrings, workbookMap } from './workbook-parts'

export { NO_CACHED_VALUE, noCachedValue, type SheetCell, type SheetRow } from './sheet-rows'

export interface StreamedSheet {
  name: string
  rows: SheetRow[]
  /** The rightmost column holding a value, when past `maxColumns` (the sheet was not read on). */
  widest?: number
}

export interface SheetStreamOptions {
  limits: WorkbookLimits
  /** Which sheets to read, by name (the others are never inflated). */
  wanted(name: string): boolean
  /** Columns a row may have; a value further right stops that sheet (see `widest`). */
  maxColumns: number
}

const refuse = (
  problem: IssueText,
  path = WORKBOOK_PATH
): { ok: false; issues: ValidationIssue[] } => ({
  ok: false,
  issues: [wholeFileIssue(problem, path)]
})

/** The shared strings (none when the part is absent), or why they are refused. */
function readStrings(
  data: Uint8Array | undefined | ValidationIssue,
  limits: WorkbookLimits
): string[] | ValidationIssue {
  if (data === undefined) return []
  if (!(data instanceof Uint8Array)) return data
  const count = countTags(data, 'si')
  if (count > limits.maxStrings)
    return wholeFileIssue(
      issueText('xlsx.strings', { count, max: limits.maxStrings }),
      WORKBOOK_PATH
    )
  const decoded = decodeUtf8(data)
  const parsed = decoded === null ? null : sharedStrings(decoded)
  return (
    parsed ??
    wholeFileIssue(
      issueText('xlsx.unreadable', { detail: 'the shared strings are not well formed' }),
      WORKBOOK_PATH
    )
  )
}

/** Reads the wanted sheets' rows (tab order), or the first reason the workbook is refused. */
export function readWorkbookSheets(
  bytes: Uint8Array,
  options: SheetStreamOptions
): ParseResult<StreamedSheet[]> {
  const { limits } = options
  if (isCompoundFile(bytes)) return refuse(issueText('xlsx.encrypted'))
  const opened = openZip(bytes, workbookZip(limits))
  if (!opened.ok) return opened
  const entries = new Map<string, ZipEntry>()
  for (const { entry, folder } of opened.value) if (!folder) entries.set(entry.name, entry)
  /** A part's bytes (undefined: absent), or why it cannot be read. */
  const part = (name: string): Uint8Array | undefined | ValidationIssue => {
    const entry = entries.get(name)
    if (entry === undefined) return undefined
    const data = inflateEntry(bytes, entry)
    if (!(data instanceof Uint8Array)) return partIssue(displayName(entry.name), data)
    if (hasDoctype(data)) return wholeFileIssue(issueText('xlsx.doctype'), WORKBOOK_PATH)
    return data
  }
  const unreadable = (detail: string) => refuse(issueText('xlsx.unreadable', { detail }))
  const text = (name: string): string | undefined | ValidationIssue => {
    const data = part(name)
    if (!(data instanceof Uint8Array)) return data
    return (
      decodeUtf8(data) ??
      partIssue(displayName(name), issueText('xlsx.unreadable', { detail: 'not UTF-8' }))
    )
  }
  const isIssue = (value: unknown): value is ValidationIssue =>
    typeof value === 'object' && value !== null && !(value instanceof Uint8Array)

  const workbook = text('xl/workbook.xml')
  const rels = text('xl/_rels/workbook.xml.rels')
  if (isIssue(workbook)) return { ok: false, issues: [workbook] }
  if (isIssue(rels)) return { ok: false, issues: [rels] }
  const map = workbookMap(workbook ?? '', rels ?? '')
  // The shared strings are checked even when the workbook part is missing: a forged file is
  // refused for what is dangerous in it (a bomb, a DTD, too many texts) before what is absent.
  const strings = readStrings(part(map.sharedStrings ?? 'xl/sharedStrings.xml'), limits)
  if (!Array.isArray(strings)) return { ok: false, issues: [strings] }
  if (workbook === undefined || rels === undefined)
    return unreadable('xl/workbook.xml or its relationships are missing')
  const sheets: Array<{ name: string; data: Uint8Array }> = []
  let rows = 0
  let cells = 0
  for (const sheet of map.sheets.filter((s) => options.wanted(s.name))) {
    const data = part(sheet.part)
    if (isIssue(data)) return { ok: false, issues: [data] }
    if (data === undefined) return unreadable(`the part of sheet ${sheet.name} is missing`)
    const [sheetRows = 0, sheetCells = 0] = countStartTags(data, ['row', 'c'])
    rows += sheetRows
    cells += sheetCells
    sheets.push({ name: sheet.name, data })
  }
  if (rows > limits.maxRows)
    return refuse(issueText('xlsx.rows', { count: rows, max: limits.maxRows }))
  if (cells > limits.maxCells)
    return refuse(issueText('xlsx.cells', { count: cells, max: limits.maxCells }))
  if (sheets.length === 0) return { ok: true, value: [] }
  const styles = text(map.styles ?? 'xl/styles.xml')
  if (isIssue(styles)) return { ok: false, issues: [styles] }

  const context = {
    strings,
    dateStyles: styles === undefined ? [] : dateStyles(styles),
    date1904: map.date1904,
    maxColumns: options.maxColumns
  }
  const read: StreamedSheet[] = []
  for (const sheet of sheets) {
    const result = readSheetXml(sheet.data, context)
    if ('detail' in result) return unreadable(`${sheet.name}: ${result.detail}`)
    read.push({ name: sheet.name, ...result })
  }
  return { ok: true, value: read }
}
