/**
 * What the workbook gate counts in a workbook's inflated XML before exceljs runs: the cells that
 * ranges cover (exceljs expands a merged range or a defined name cell by cell), the rows, cells,
 * shared strings and notes it would build an object for, and DTDs (entity expansion).
 */

/** Column letters to a number (A → 1); absent means "every column". */
function columnNumber(letters: string | undefined): number {
  if (letters === undefined || letters === '') return 16384
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

const REF = /\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?/g

/**
 * One axis of a reference: a lone `A`/`1` is that column/row, `A:C` or `1:9` runs to the other end,
 * and a whole column (`A:A`) or row (`1:1`) runs to the sheet's last row or column (`full`).
 */
function axisSpan(
  start: number | undefined,
  end: number | undefined,
  hasEnd: boolean,
  full: number
): number {
  const first = start ?? 1
  const last = !hasEnd ? first : (end ?? (start === undefined ? full : first))
  return Math.abs(last - first) + 1
}

/** Cells covered by a list of references such as `A1:B9 D4` or `Sheet!$A$1:$A$9`. */
export function rangeCells(text: string): number {
  let cells = 0
  for (const match of text.replace(/'[^']*'!|[^\s,'!]+!/g, ' ').matchAll(REF)) {
    if (match[0] === '' || match[0] === ':') continue
    const [, c1, r1, c2, r2] = match
    if (c1 === undefined && r1 === undefined) continue
    const hasEnd = match[0].includes(':')
    const column = (letters: string | undefined) =>
      letters === undefined ? undefined : columnNumber(letters)
    const row = (digits: string | undefined) => (digits === undefined ? undefined : Number(digits))
    cells +=
      axisSpan(column(c1), column(c2), hasEnd, 16384) * axisSpan(row(r1), row(r2), hasEnd, 1048576)
  }
  return cells
}

/** Sums the ranges in `attribute` of every `<tag ` element of an XML text. */
export function attributeCells(xml: string, tag: string, attribute: string): number {
  let cells = 0
  const open = new RegExp(`<${tag}[\\s>][^>]*?\\b${attribute}="([^"]*)"`, 'g')
  for (const match of xml.matchAll(open)) cells += rangeCells(match[1] ?? '')
  return cells
}

/** Cells covered by the defined names (print areas, filters) of workbook.xml. */
export function definedNameCells(xml: string): number {
  let cells = 0
  for (const match of xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g))
    cells += rangeCells(match[1] ?? '')
  return cells
}

/** What a workbook's XML makes exceljs build, counted in the inflated parts before it runs. */
export interface WorkbookWeight {
  /** `<row>` elements of every sheet (exceljs makes a Row for each). */
  rows: number
  /** `<c>` elements of every sheet (a Cell each, the heaviest object). */
  cells: number
  /** `<si>` elements of the shared strings. */
  strings: number
  /** `<comment>` elements (cell notes). */
  comments: number
  /** Cells covered by merged ranges (exceljs makes a cell object for each). */
  mergedCells: number
  /** Cells covered by defined names (print areas, filters): exceljs keeps each in a matrix. */
  namedCells: number
  /** An XML part declares a DTD: OOXML never does, and entities could expand without bound. */
  doctype: boolean
}

export const emptyWeight = (): WorkbookWeight => ({
  rows: 0,
  cells: 0,
  strings: 0,
  comments: 0,
  mergedCells: 0,
  namedCells: 0,
  doctype: false
})

const LT = 0x3c

/**
 * Whether a character code ends an element's name in a start tag: a blank, `>` or `/` (so
 * `<sheet` is not found in `<sheetData`). The one test for every tag search of shared/xlsx.
 */
export const endsTagName = (next: number | undefined): boolean =>
  next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d

/** Whether `bytes[at..]` is `<` + `tag` followed by a blank, `>` or `/` (an element's start tag). */
function startsTag(bytes: Uint8Array, at: number, tag: string): boolean {
  for (let i = 0; i < tag.length; i++) if (bytes[at + 1 + i] !== tag.charCodeAt(i)) return false
  return endsTagName(bytes[at + 1 + tag.length])
}

/** Start tags of `tag` in XML bytes (no namespace prefix: exceljs reads unprefixed SpreadsheetML). */
export function countTags(bytes: Uint8Array, tag: string): number {
  return countStartTags(bytes, [tag])[0]!
}

/** Start tags of each of `tags` in XML bytes, in one pass (a sheet's rows and cells). */
export function countStartTags(bytes: Uint8Array, tags: readonly string[]): number[] {
  const counts = tags.map(() => 0)
  const firsts = tags.map((tag) => tag.charCodeAt(0))
  for (let at = bytes.indexOf(LT); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    const next = bytes[at + 1]
    for (let i = 0; i < tags.length; i++)
      if (next === firsts[i] && startsTag(bytes, at, tags[i]!)) counts[i]!++
  }
  return counts
}

const DOCTYPE = Array.from('<!DOCTYPE', (c) => c.charCodeAt(0))
const BANG = 0x21

/**
 * Whether XML bytes contain a document type declaration (case as XML requires it). Looks for
 * `!` (rare in XML outside comments and CDATA) rather than at every `<`: a sheet has millions.
 */
export function hasDoctype(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(BANG); at >= 0; at = bytes.indexOf(BANG, at + 1)) {
    let same = bytes[at - 1] === LT
    for (let i = 2; same && i < DOCTYPE.length; i++) same = bytes[at - 1 + i] === DOCTYPE[i]
    if (same) return true
  }
  return false
}
