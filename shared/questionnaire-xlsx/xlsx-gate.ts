/**
 * XLS-04 gate: checks the bytes of an .xlsx before exceljs sees them. exceljs unzips every entry
 * into memory with no limit and trusts sizes the file declares, and it expands every cell of a
 * data-validation range, a merged range or a defined name one by one (a range of A1:XFD1048576
 * would run for hours). So, on the raw zip: size, magic bytes, one disk, no encryption, no macros,
 * no `..` or absolute names, few entries; then every entry is inflated here with a running byte
 * count that stops at the cap (declared sizes lie), and the ranges exceljs would expand are
 * counted in the inflated XML.
 */
import { Inflate } from 'fflate'
import { MAX_WORKBOOK_BYTES } from '../bank-xlsx/index'
import { issueText, type IssueText } from '../util/issue-codes'

export const GATE_LIMITS = {
  /** The file itself (the bank workbook's limit). */
  maxBytes: MAX_WORKBOOK_BYTES,
  maxEntries: 200,
  /** Everything unpacked, counted while inflating. */
  maxInflatedBytes: 50 * 1024 * 1024,
  /** Cells covered by data validations (about one whole column; exceljs visits each). */
  maxValidatedCells: 1_100_000,
  /** Cells covered by merged ranges (exceljs creates a cell object for each). */
  maxMergedCells: 100_000,
  /** Cells covered by defined names (print areas, filters). */
  maxNamedCells: 1_100_000
} as const

const CHUNK = 16 * 1024

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/** Bytes as Latin-1 text: enough to check names and scan XML for ASCII markup. */
function latin1(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let text = ''
  for (let i = from; i < to; i += 8192)
    text += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)))
  return text
}

interface Entry {
  name: string
  flags: number
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

/** The end-of-central-directory record, searched backwards past a comment of up to 64 KiB. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22
  for (let at = last; at >= Math.max(0, last - 0xffff); at--)
    if (u32(bytes, at) === 0x06054b50) return at
  return -1
}

function centralDirectory(bytes: Uint8Array): Entry[] | IssueText {
  const end = findEnd(bytes)
  if (end < 0) return issueText('xlsx.noDirectory')
  if (end >= 20 && u32(bytes, end - 20) === 0x07064b50) return issueText('xlsx.zip64')
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0) return issueText('xlsx.split')
  const count = u16(bytes, end + 10)
  if (count > GATE_LIMITS.maxEntries)
    return issueText('xlsx.tooManyEntries', { count, max: GATE_LIMITS.maxEntries })
  const entries: Entry[] = []
  let at = u32(bytes, end + 16)
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return issueText('xlsx.directoryDamaged')
    const nameLength = u16(bytes, at + 28)
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
    if (next > end) return issueText('xlsx.directoryDamaged')
    entries.push({
      name: latin1(bytes, at + 46, at + 46 + nameLength),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42)
    })
    at = next
  }
  return entries
}

/** Why an entry may not be opened, or undefined. */
function entryProblem(entry: Entry, seen: Set<string>): IssueText | undefined {
  const name = JSON.stringify(entry.name)
  if (/(^|[\\/])\.\.([\\/]|$)/.test(entry.name) || /^([\\/]|[A-Za-z]:)/.test(entry.name))
    return issueText('xlsx.outside', { name })
  if (/vbaProject\.bin$/i.test(entry.name)) return issueText('xlsx.macros')
  if ((entry.flags & 1) !== 0) return issueText('xlsx.encrypted')
  if (entry.method !== 0 && entry.method !== 8)
    return issueText('xlsx.method', { name, method: entry.method })
  if (seen.has(entry.name)) return issueText('xlsx.entryTwice', { name })
  seen.add(entry.name)
  return undefined
}

/** The entry's compressed bytes, located through its local header. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | IssueText {
  const at = entry.localOffset
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
    return issueText('xlsx.entryDamaged', { name: JSON.stringify(entry.name) })
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28)
  const end = start + entry.compressedSize
  if (end > bytes.length)
    return issueText('xlsx.entryTruncated', { name: JSON.stringify(entry.name) })
  return bytes.subarray(start, end)
}

/** Inflates one entry, counting against what is left of the budget; keeps the bytes if asked. */
function inflate(
  data: Uint8Array,
  entry: Entry,
  budget: number,
  keep: boolean
): { size: number; chunks: Uint8Array[] } | 'too large' | IssueText {
  if (entry.method === 0)
    return data.length > budget ? 'too large' : { size: data.length, chunks: keep ? [data] : [] }
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    if (keep && size <= budget) chunks.push(chunk)
  })
  try {
    for (let at = 0; at < data.length || at === 0; at += CHUNK) {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length)
      if (size > budget) return 'too large'
    }
  } catch {
    return issueText('xlsx.entryDamaged', { name: JSON.stringify(entry.name) })
  }
  return { size, chunks }
}

/** Column letters to a number (A → 1); absent means "every column". */
function columnNumber(letters: string | undefined): number {
  if (letters === undefined || letters === '') return 16384
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

const REF = /\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?/g

/** Cells covered by a list of references such as `A1:B9 D4` or `Sheet!$A$1:$A$9`. */
export function rangeCells(text: string): number {
  let cells = 0
  for (const match of text.replace(/'[^']*'!|[^\s,'!]+!/g, ' ').matchAll(REF)) {
    if (match[0] === '' || match[0] === ':') continue
    const [, c1, r1, c2, r2] = match
    if (c1 === undefined && r1 === undefined) continue
    const hasEnd = match[0].includes(':')
    const left = c1 === undefined ? 1 : columnNumber(c1)
    const right = hasEnd
      ? c2 === undefined
        ? c1 === undefined
          ? 16384
          : left
        : columnNumber(c2)
      : left
    const top = r1 === undefined ? 1 : Number(r1)
    const bottom = hasEnd
      ? r2 === undefined
        ? r1 === undefined
          ? 1048576
          : top
        : Number(r2)
      : top
    cells += (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1)
  }
  return cells
}

/** Sums the ranges in `attribute` of every `<tag ` element of an XML text. */
function attributeCells(xml: string, tag: string, attribute: string): number {
  let cells = 0
  const open = new RegExp(`<${tag}[\\s>][^>]*?\\b${attribute}="([^"]*)"`, 'g')
  for (const match of xml.matchAll(open)) cells += rangeCells(match[1] ?? '')
  return cells
}

const SHEET_XML = /^xl\/worksheets\/[^/]+\.xml$/i
const WORKBOOK_XML = /^xl\/workbook\.xml$/i

function rangeProblems(name: string, chunks: Uint8Array[]): IssueText | undefined {
  if (!SHEET_XML.test(name) && !WORKBOOK_XML.test(name)) return undefined
  const xml = chunks.map((chunk) => latin1(chunk)).join('')
  if (SHEET_XML.test(name)) {
    const validated = attributeCells(xml, 'dataValidation', 'sqref')
    if (validated > GATE_LIMITS.maxValidatedCells)
      return issueText('xlsx.validations', {
        part: name,
        cells: validated,
        max: GATE_LIMITS.maxValidatedCells
      })
    const merged = attributeCells(xml, 'mergeCell', 'ref')
    if (merged > GATE_LIMITS.maxMergedCells)
      return issueText('xlsx.merged', {
        part: name,
        cells: merged,
        max: GATE_LIMITS.maxMergedCells
      })
  }
  if (WORKBOOK_XML.test(name)) {
    let named = 0
    for (const match of xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g))
      named += rangeCells(match[1] ?? '')
    if (named > GATE_LIMITS.maxNamedCells)
      return issueText('xlsx.named', { cells: named, max: GATE_LIMITS.maxNamedCells })
  }
  return undefined
}

/**
 * Checks the bytes of an .xlsx file before any parser runs. Returns why the file is refused, or
 * undefined when exceljs may load it. Never throws.
 */
export function checkXlsxBytes(bytes: Uint8Array): IssueText | undefined {
  if (bytes.byteLength > GATE_LIMITS.maxBytes)
    return issueText('xlsx.tooBig', { size: bytes.byteLength, max: GATE_LIMITS.maxBytes })
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04)
    return issueText('xlsx.notZip')
  const entries = centralDirectory(bytes)
  if (!Array.isArray(entries)) return entries
  const seen = new Set<string>()
  let budget = GATE_LIMITS.maxInflatedBytes
  const tooLarge = issueText('xlsx.bomb', { max: GATE_LIMITS.maxInflatedBytes })
  for (const entry of entries) {
    const problem = entryProblem(entry, seen)
    if (problem !== undefined) return problem
    if (entry.size > budget) return tooLarge
    const data = entryData(bytes, entry)
    if (!(data instanceof Uint8Array)) return data
    const keep = SHEET_XML.test(entry.name) || WORKBOOK_XML.test(entry.name)
    const inflated = inflate(data, entry, budget, keep)
    if (inflated === 'too large') return tooLarge
    if ('code' in inflated) return inflated
    const { size, chunks } = inflated
    if (size !== entry.size)
      return issueText('xlsx.sizeMismatch', {
        name: JSON.stringify(entry.name),
        size,
        declared: entry.size
      })
    budget -= size
    const ranges = rangeProblems(entry.name, chunks)
    if (ranges !== undefined) return ranges
  }
  return undefined
}
