/**
 * XLS-04 gate: checks the bytes of an .xlsx before exceljs sees them. exceljs unzips every entry
 * into memory with no limit and trusts sizes the file declares, and it expands every cell of a
 * data-validation range, a merged range or a defined name one by one (a range of A1:XFD1048576
 * would run for hours), and it builds an object for every row, cell, shared string and note, so
 * a workbook within every size limit can still need gigabytes (2 million short shared strings
 * fit in 50 MiB). So the zip goes through the one hardened reader (shared/zip: size, one disk, no
 * encryption, safe names, no duplicates or overlaps, declared and real sizes, ratios), macros and
 * DTDs are refused, and what exceljs would build is counted in the inflated XML and capped so a
 * command-line read stays under 300 MB (measured; docs/bank-excel.md). Data validations are not
 * counted: the loader tells exceljs to skip them (no reader uses them). Only shared/xlsx/load.ts
 * calls the gate: every workbook reader loads through there.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import { partIssue, wholeFileIssue } from '../util/validation'
import { displayName, inflateEntry, openZip, type ZipSpec } from '../zip'
import {
  attributeCells,
  countTags,
  definedNameCells,
  emptyWeight,
  hasDoctype,
  type WorkbookWeight
} from './gate-scan'

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
  /** Rows of all sheets (the readers read at most 5,000 per sheet and report more). */
  maxRows: 40_000,
  /** Cells of all sheets (5,000 rows of 30 filled columns). */
  maxCells: 150_000,
  /** Shared strings (at most one per cell). */
  maxStrings: 150_000,
  /** Cell notes. */
  maxComments: 10_000,
  /** Cells covered by merged ranges. */
  maxMergedCells: 20_000,
  /** Cells covered by defined names (the form's print titles alone cover one row per sheet). */
  maxNamedCells: 200_000
} as const

/** Limits a reader may set for its own workbooks (registers: many rows of few columns). */
export type WorkbookLimits = { readonly [K in keyof typeof WORKBOOK_LIMITS]: number }

/** Issue path for problems of the workbook as a whole. */
export const WORKBOOK_PATH = 'workbook'

type WorkbookEntryKind =
  'folder' | 'sheet' | 'workbook' | 'sharedStrings' | 'comments' | 'xml' | 'part'

const MACROS = /vbaProject\.bin$/i
const PARTS: ReadonlyArray<[WorkbookEntryKind, RegExp]> = [
  ['sheet', /^xl\/worksheets\/[^/]+\.xml$/i],
  ['workbook', /^xl\/workbook\.xml$/i],
  ['sharedStrings', /^xl\/sharedStrings\.xml$/i],
  ['comments', /^xl\/comments[^/]*\.xml$/i],
  ['xml', /\.(?:xml|rels|vml)$/i]
]
const CONTENT_TYPES = '[Content_Types].xml'

/** The layout and limits of an .xlsx as a zip (also used to mend parts exceljs cannot find). */
export const workbookZip = (limits: WorkbookLimits): ZipSpec<WorkbookEntryKind> => ({
  layout: {
    classify: (name) => {
      if (MACROS.test(name)) return null
      if (name.endsWith('/')) return 'folder'
      return PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'part'
    },
    unknown: () => issueText('xlsx.macros'),
    maxEntryBytes: () => limits.maxInflatedBytes,
    required: [{ name: CONTENT_TYPES, missing: issueText('xlsx.notWorkbook') }]
  },
  limits: {
    maxArchiveBytes: limits.maxBytes,
    maxEntries: limits.maxEntries,
    maxTotalBytes: limits.maxInflatedBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
    ratioFloorBytes: limits.ratioFloorBytes
  },
  notZip: issueText('xlsx.notZip'),
  wholePath: WORKBOOK_PATH
})

export const WORKBOOK_ZIP = workbookZip(WORKBOOK_LIMITS)

/** An OLE compound file: an encrypted .xlsx (Excel wraps those in one) or an old .xls. */
export const isCompoundFile = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0

/** Bytes as Latin-1 text: enough to scan XML for ASCII markup. */
function latin1(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(bytes.length, i + 8192)))
  return text
}

/** Adds what one part makes exceljs build to the workbook's weight. */
function weigh(kind: WorkbookEntryKind, data: Uint8Array, weight: WorkbookWeight): void {
  if (kind === 'part') return
  if (hasDoctype(data)) weight.doctype = true
  if (kind === 'sheet') {
    weight.rows += countTags(data, 'row')
    weight.cells += countTags(data, 'c')
    weight.mergedCells += attributeCells(latin1(data), 'mergeCell', 'ref')
  } else if (kind === 'sharedStrings') weight.strings += countTags(data, 'si')
  else if (kind === 'comments') weight.comments += countTags(data, 'comment')
  else if (kind === 'workbook') weight.namedCells += definedNameCells(latin1(data))
}

/** Why the workbook is too heavy for exceljs, or nothing. */
function weightProblems(weight: WorkbookWeight, limits: WorkbookLimits): IssueText[] {
  const over: IssueText[] = []
  if (weight.doctype) over.push(issueText('xlsx.doctype'))
  const caps: Array<[keyof WorkbookWeight, number, Parameters<typeof issueText>[0]]> = [
    ['rows', limits.maxRows, 'xlsx.rows'],
    ['cells', limits.maxCells, 'xlsx.cells'],
    ['strings', limits.maxStrings, 'xlsx.strings'],
    ['comments', limits.maxComments, 'xlsx.comments'],
    ['mergedCells', limits.maxMergedCells, 'xlsx.merged'],
    ['namedCells', limits.maxNamedCells, 'xlsx.named']
  ]
  for (const [field, max, code] of caps) {
    const count = weight[field] as number
    if (count > max) over.push(issueText(code, { count, max }))
  }
  return over
}

/**
 * Checks the bytes of an .xlsx file before any parser runs: why it is refused (the first problem
 * is enough to refuse a file, and the rest of a hostile file is not worth reading), or nothing
 * when exceljs may load it. Never throws.
 */
export function checkWorkbookBytes(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): ValidationIssue[] {
  if (isCompoundFile(bytes)) return [wholeFileIssue(issueText('xlsx.encrypted'), WORKBOOK_PATH)]
  const opened = openZip(bytes, limits === WORKBOOK_LIMITS ? WORKBOOK_ZIP : workbookZip(limits))
  if (!opened.ok) return opened.issues
  const weight = emptyWeight()
  for (const { entry, kind } of opened.value) {
    if (kind === 'folder') continue
    const data = inflateEntry(bytes, entry)
    if (!(data instanceof Uint8Array)) return [partIssue(displayName(entry.name), data)]
    weigh(kind, data, weight)
  }
  return weightProblems(weight, limits).map((problem) => wholeFileIssue(problem, WORKBOOK_PATH))
}
