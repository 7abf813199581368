import { issueText, type IssueText } from '../util/issue-codes'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { partIssue, wholeFileIssue } from '../util/validation'
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_RECORD_SIZE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_ENCRYPTED,
  FLAG_STRONG_ENCRYPTION,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  MAX_END_RECORD_SEARCH,
  METHOD_DEFLATED,
  METHOD_STORED,
  ZIP64_LOCATOR_SIGNATURE,
  startsLikeZip
} from './format'
import { describeBytes } from './limits'

/** One entry as the central directory describes it, checked against its local header. */
export interface ZipEntry {
  /** The raw name, one character per byte (so non-ASCII bytes stay visible to the name checks). */
  name: string
  method: number
  crc32: number
  compressedSize: number
  /** As declared: a claim, enforced while inflating. */
  uncompressedSize: number
  localHeaderOffset: number
  /** Where the compressed bytes start. */
  dataOffset: number
}

/** What the directory reader needs to know about the kind of file it reads. */
export interface ZipDirectoryOptions {
  maxArchiveBytes: number
  maxEntries: number
  /** The problem when the bytes are not a zip at all: it says what the file should have been. */
  notZip: IssueText
  /** Issue path for problems of the archive as a whole (`(package)`, `workbook`, …). */
  wholePath: string
}

/** A name made safe to show: control characters escaped, at most 120 characters. */
export function displayName(name: string): string {
  const escaped = JSON.stringify(name).slice(1, -1)
  return escaped.length > 120 ? `${escaped.slice(0, 117)}…` : escaped
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - MAX_END_RECORD_SEARCH)
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY_SIGNATURE) continue
    // The comment must reach exactly to the end: a signature inside a comment does not count.
    if (at + END_RECORD_SIZE + view.getUint16(at + 20, true) === bytes.length) return at
  }
  return -1
}

function entryIssue(name: string, problem: IssueText): ValidationIssue {
  return partIssue(displayName(name), problem)
}

/**
 * Reads a zip's central directory without inflating anything, and refuses what the app's files
 * never contain: anything over the size or entry limits, bytes that are not a zip, a missing or
 * misplaced end record (truncated or prefixed files), ZIP64, split archives, encryption, methods
 * other than stored and deflate, central records that disagree with their local headers, and
 * entries whose data overlap (the overlapping-file zip bomb) or run past the central directory.
 * Entries with a data descriptor (sizes after the data, as streaming writers make them) are read
 * from their central record.
 */
export function readZipDirectory(
  bytes: Uint8Array,
  options: ZipDirectoryOptions
): ParseResult<ZipEntry[]> {
  const fail = (problem: IssueText): { ok: false; issues: ValidationIssue[] } => ({
    ok: false,
    issues: [wholeFileIssue(problem, options.wholePath)]
  })
  if (bytes.length > options.maxArchiveBytes)
    return fail(
      issueText('zip.tooLarge', {
        size: describeBytes(bytes.length),
        limit: describeBytes(options.maxArchiveBytes)
      })
    )
  if (bytes.length < END_RECORD_SIZE || !startsLikeZip(bytes)) return fail(options.notZip)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(bytes, view)
  if (end < 0) return fail(issueText('zip.noEndRecord'))
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE)
    return fail(issueText('zip.zip64'))
  const [disk, centralDisk] = [view.getUint16(end + 4, true), view.getUint16(end + 6, true)]
  const [onDisk, count] = [view.getUint16(end + 8, true), view.getUint16(end + 10, true)]
  const centralSize = view.getUint32(end + 12, true)
  const centralStart = view.getUint32(end + 16, true)
  if (disk !== 0 || centralDisk !== 0 || onDisk !== count) return fail(issueText('zip.split'))
  if (count > options.maxEntries)
    return fail(issueText('zip.tooManyEntries', { count, limit: options.maxEntries }))
  if (centralStart + centralSize !== end) return fail(issueText('zip.centralMisplaced'))

  const entries: ZipEntry[] = []
  const issues: ValidationIssue[] = []
  let at = centralStart
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE)
      return fail(issueText('zip.recordDamaged', { index: index + 1, count }))
    const nameLength = view.getUint16(at + 28, true)
    const recordEnd =
      at +
      CENTRAL_HEADER_SIZE +
      nameLength +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
    if (recordEnd > end) return fail(issueText('zip.recordDamaged', { index: index + 1, count }))
    const entry: ZipEntry = {
      name: String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      dataOffset: 0
    }
    const flags = view.getUint16(at + 8, true)
    const problem = entryProblem(entry, flags, view.getUint16(at + 34, true))
    if (problem !== null) issues.push(entryIssue(entry.name, problem))
    else {
      const local = checkLocalHeader(bytes, view, entry, flags, centralStart)
      if (typeof local !== 'number') issues.push(entryIssue(entry.name, local))
      else entries.push({ ...entry, dataOffset: local })
    }
    at = recordEnd
  }
  if (at !== end) return fail(issueText('zip.centralExtra'))
  issues.push(...overlapIssues(entries))
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: entries }
}

function entryProblem(entry: ZipEntry, flags: number, diskStart: number): IssueText | null {
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) return issueText('zip.encrypted')
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED)
    return issueText('zip.method', { method: entry.method })
  if (
    entry.compressedSize === 0xffffffff ||
    entry.uncompressedSize === 0xffffffff ||
    entry.localHeaderOffset === 0xffffffff
  )
    return issueText('zip.zip64Entry')
  if (diskStart !== 0) return issueText('zip.split')
  if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize)
    return issueText('zip.storedSizes', {
      stored: entry.compressedSize,
      declared: entry.uncompressedSize
    })
  return null
}

/** Where the entry's data starts, or why its local header does not match the central record. */
function checkLocalHeader(
  bytes: Uint8Array,
  view: DataView,
  entry: ZipEntry,
  flags: number,
  centralStart: number
): number | IssueText {
  const at = entry.localHeaderOffset
  if (at + LOCAL_HEADER_SIZE > centralStart || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE)
    return issueText('zip.localMissing')
  const nameLength = view.getUint16(at + 26, true)
  const dataOffset = at + LOCAL_HEADER_SIZE + nameLength + view.getUint16(at + 28, true)
  if (nameLength !== entry.name.length || dataOffset > centralStart)
    return issueText('zip.localMismatch')
  for (let i = 0; i < nameLength; i++)
    if (bytes[at + LOCAL_HEADER_SIZE + i] !== entry.name.charCodeAt(i))
      return issueText('zip.localName')
  if (view.getUint16(at + 8, true) !== entry.method) return issueText('zip.localMethod')
  // With a data descriptor the local sizes may be zero; otherwise both records must agree.
  if (!(flags & FLAG_DATA_DESCRIPTOR)) {
    const same =
      view.getUint32(at + 14, true) === entry.crc32 &&
      view.getUint32(at + 18, true) === entry.compressedSize &&
      view.getUint32(at + 22, true) === entry.uncompressedSize
    if (!same) return issueText('zip.localSizeCrc')
  }
  if (dataOffset + entry.compressedSize > centralStart) return issueText('zip.dataPastEnd')
  return dataOffset
}

/** Entries that share bytes: the trick behind non-recursive zip bombs (one deflate stream, many names). */
function overlapIssues(entries: readonly ZipEntry[]): ValidationIssue[] {
  const sorted = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)
  const issues: ValidationIssue[] = []
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!
    const current = sorted[i]!
    if (current.localHeaderOffset < previous.dataOffset + previous.compressedSize)
      issues.push(
        entryIssue(current.name, issueText('zip.overlap', { other: displayName(previous.name) }))
      )
  }
  return issues
}
