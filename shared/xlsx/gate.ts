/**
 * XLS-04 gate: checks the bytes of an .xlsx before exceljs sees them. exceljs unzips every entry
 * into memory with no limit and trusts sizes the file declares, and it expands every cell of a
 * data-validation range, a merged range or a defined name one by one (a range of A1:XFD1048576
 * would run for hours). So the zip goes through the one hardened reader (shared/zip: size, one
 * disk, no encryption, safe names, no duplicates or overlaps, declared and real sizes, ratios),
 * macros are refused, and the ranges exceljs would expand are counted in the inflated XML.
 * Only shared/xlsx/load.ts calls it: every workbook reader loads through there.
 */
import { issueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import { displayName, inflateEntry, openZip, type ZipSpec } from '../zip'
import { attributeCells, definedNameCells } from './ranges'

const MiB = 1024 * 1024

export const WORKBOOK_LIMITS = {
  /** The file itself. */
  maxBytes: 10 * MiB,
  maxEntries: 200,
  /** Everything unpacked, declared and then counted while inflating. */
  maxInflatedBytes: 50 * MiB,
  /** As for packages: deflate cannot pass ~1032:1, real XML stays far below this. */
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB,
  /** Cells covered by data validations (about one whole column; exceljs visits each). */
  maxValidatedCells: 1_100_000,
  /** Cells covered by merged ranges (exceljs creates a cell object for each). */
  maxMergedCells: 100_000,
  /** Cells covered by defined names (print areas, filters). */
  maxNamedCells: 1_100_000
} as const

/** Issue path for problems of the workbook as a whole. */
export const WORKBOOK_PATH = 'workbook'

type WorkbookEntryKind = 'folder' | 'sheet' | 'workbook' | 'part'

const SHEET_XML = /^xl\/worksheets\/[^/]+\.xml$/i
const WORKBOOK_XML = /^xl\/workbook\.xml$/i
const MACROS = /vbaProject\.bin$/i
const CONTENT_TYPES = '[Content_Types].xml'

const WORKBOOK_ZIP: ZipSpec<WorkbookEntryKind> = {
  layout: {
    classify: (name) => {
      if (MACROS.test(name)) return null
      if (name.endsWith('/')) return 'folder'
      if (SHEET_XML.test(name)) return 'sheet'
      return WORKBOOK_XML.test(name) ? 'workbook' : 'part'
    },
    unknown: () => issueText('xlsx.macros'),
    maxEntryBytes: () => WORKBOOK_LIMITS.maxInflatedBytes,
    required: [{ name: CONTENT_TYPES, missing: issueText('xlsx.notWorkbook') }]
  },
  limits: {
    maxArchiveBytes: WORKBOOK_LIMITS.maxBytes,
    maxEntries: WORKBOOK_LIMITS.maxEntries,
    maxTotalBytes: WORKBOOK_LIMITS.maxInflatedBytes,
    maxCompressionRatio: WORKBOOK_LIMITS.maxCompressionRatio,
    ratioFloorBytes: WORKBOOK_LIMITS.ratioFloorBytes
  },
  notZip: issueText('xlsx.notZip'),
  wholePath: WORKBOOK_PATH
}

/** An OLE compound file: an encrypted .xlsx (Excel wraps those in one) or an old .xls. */
const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0

/** Bytes as Latin-1 text: enough to scan XML for ASCII markup. */
function latin1(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192)))
  return text
}

/** The ranges exceljs would expand cell by cell, counted in a sheet or workbook.xml. */
function rangeIssue(kind: WorkbookEntryKind, name: string, xml: string): ValidationIssue | null {
  const limits = WORKBOOK_LIMITS
  const at = (problem: ReturnType<typeof issueText>): ValidationIssue => ({
    path: WORKBOOK_PATH,
    ...problem
  })
  if (kind === 'sheet') {
    const validated = attributeCells(xml, 'dataValidation', 'sqref')
    if (validated > limits.maxValidatedCells)
      return at(
        issueText('xlsx.validations', {
          part: name,
          cells: validated,
          max: limits.maxValidatedCells
        })
      )
    const merged = attributeCells(xml, 'mergeCell', 'ref')
    if (merged > limits.maxMergedCells)
      return at(issueText('xlsx.merged', { part: name, cells: merged, max: limits.maxMergedCells }))
  }
  if (kind === 'workbook') {
    const named = definedNameCells(xml)
    if (named > limits.maxNamedCells)
      return at(issueText('xlsx.named', { cells: named, max: limits.maxNamedCells }))
  }
  return null
}

/**
 * Checks the bytes of an .xlsx file before any parser runs: every problem, or none when exceljs
 * may load it. Never throws.
 */
export function checkWorkbookBytes(bytes: Uint8Array): ValidationIssue[] {
  if (isCompoundFile(bytes)) return [{ path: WORKBOOK_PATH, ...issueText('xlsx.encrypted') }]
  const opened = openZip(bytes, WORKBOOK_ZIP)
  if (!opened.ok) return opened.issues
  const issues: ValidationIssue[] = []
  for (const { entry, kind } of opened.value) {
    if (kind === 'folder') continue
    const data = inflateEntry(bytes, entry)
    if (!(data instanceof Uint8Array)) {
      issues.push({ path: displayName(entry.name), ...data })
      continue
    }
    if (kind === 'part') continue
    const ranges = rangeIssue(kind, entry.name, latin1(data))
    if (ranges !== null) issues.push(ranges)
  }
  return issues
}
