import { deflateSync } from 'fflate'
import { crc32 } from './crc32'
import { nativeDeflateRaw, nativeDeflateRawWithCrc, type DeflateRaw } from './deflate-native'
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  END_RECORD_SIZE,
  FIXED_DOS_DATE,
  FIXED_DOS_TIME,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATED,
  METHOD_STORED,
  VERSION_NEEDED
} from './format'

/** One file to put in a zip. */
export interface ZipWriteEntry {
  /** ASCII path inside the zip, `/`-separated. */
  name: string
  data: Uint8Array
  /** Try deflate; it is kept only when it saves space (and stays under `maxRatio`, if given). */
  deflate: boolean
  /**
   * The CRC-32 of `data`, when the caller already has it: the backup computes each package's CRC
   * while packing it (one assessment per task), so assembling costs only headers and one copy.
   */
  crc?: number
  /**
   * `data` already deflated (raw, RFC 1951) by the caller, e.g. while packing in parallel
   * (deflateEntryAsync): used instead of deflating again, kept or stored by the same rules.
   */
  deflated?: Uint8Array
}

export interface ZipWriteOptions {
  /** A deflated entry above this ratio is stored instead, so readers with that bound accept it. */
  maxRatio?: number
  /** Entries smaller than this may have any ratio. */
  ratioFloorBytes?: number
}

interface PreparedEntry {
  name: Uint8Array
  method: number
  crc: number
  size: number
  body: Uint8Array
}

/** Deflate saves little on already-compressed files (PDF, JPEG, docx); storing them reads faster. */
const MIN_SAVING = 0.05
/**
 * A large file is tried on its first PROBE_BYTES at deflate's fastest level before the whole of
 * it is deflated: a scanned PDF or a photo of several MiB would otherwise be deflated in full only
 * to be stored (MIN_SAVING), the bulk of a backup's packing time when evidence is large. Smaller
 * files are deflated as before, so their bytes do not change; a stored entry reads everywhere.
 */
const PROBE_BYTES = 64 * 1024

function worthDeflating(data: Uint8Array): boolean {
  if (data.length <= 2 * PROBE_BYTES) return true
  const probe = deflateSync(data.subarray(0, PROBE_BYTES), { level: 1 })
  return probe.length <= PROBE_BYTES * (1 - MIN_SAVING)
}

/** worthDeflating with the platform's deflate (its default level; the probe is small). */
async function worthDeflatingWith(data: Uint8Array, deflate: DeflateRaw): Promise<boolean> {
  if (data.length <= 2 * PROBE_BYTES) return true
  const probe = await deflate(data.subarray(0, PROBE_BYTES))
  return probe.length <= PROBE_BYTES * (1 - MIN_SAVING)
}
const MAX_ZIP_BYTES = 0xffffffff
const MAX_ZIP_ENTRIES = 0xffff

function asciiBytes(name: string): Uint8Array {
  const out = new Uint8Array(name.length)
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i)
    if (code < 0x20 || code > 0x7e) throw new Error(`writeZip: entry name is not ASCII: ${name}`)
    out[i] = code
  }
  return out
}

const wantsDeflate = (entry: ZipWriteEntry): boolean => entry.deflate && entry.data.length > 0

/**
 * Whether `size` bytes deflated to `deflatedSize` go in deflated: deflate saves enough
 * (MIN_SAVING) and the entry stays under the ratio bound. Otherwise the entry is stored.
 */
export function keepsDeflated(
  size: number,
  deflatedSize: number,
  options: ZipWriteOptions
): boolean {
  if (deflatedSize > size * (1 - MIN_SAVING)) return false
  const { maxRatio = Infinity, ratioFloorBytes = 0 } = options
  return size < ratioFloorBytes || size / deflatedSize <= maxRatio
}

/** The entry stored, or deflated when `deflated` (its deflate, if tried) saves enough. */
function prepare(
  entry: ZipWriteEntry,
  options: ZipWriteOptions,
  deflated: Uint8Array | null
): PreparedEntry {
  const { data } = entry
  const stored = {
    name: asciiBytes(entry.name),
    method: METHOD_STORED,
    crc: entry.crc ?? crc32(data),
    size: data.length,
    body: data
  }
  if (deflated === null || !keepsDeflated(data.length, deflated.length, options)) return stored
  return { ...stored, method: METHOD_DEFLATED, body: deflated }
}

/**
 * Raw deflate of `data` by the platform's zlib with its CRC-32 (from gzip's trailer where the
 * platform offers it, so no pass in JavaScript); fflate's where there is no platform deflate.
 */
export async function deflateEntryAsync(
  data: Uint8Array
): Promise<{ body: Uint8Array; crc: number }> {
  const both = await nativeDeflateRawWithCrc()?.(data)
  if (both !== null && both !== undefined) return both
  const deflate = nativeDeflateRaw()
  const body = deflate === null ? deflateSync(data, { level: 6 }) : await deflate(data)
  return { body, crc: crc32(data) }
}

/**
 * writeZip with the platform's own deflate (deflate-native.ts) where there is one, fflate's
 * otherwise: the same entries, names, order, CRCs and choice of stored or deflated by the same
 * rules; only the deflated bodies are the platform zlib's bytes. The backup writer uses it
 * (PERF-DB-4: deflate was the largest share of packing a backup).
 */
export async function writeZipAsync(
  entries: readonly ZipWriteEntry[],
  options: ZipWriteOptions = {}
): Promise<Uint8Array> {
  const deflate = nativeDeflateRaw()
  if (deflate === null) return writeZip(entries, options)
  const withCrc = nativeDeflateRawWithCrc()
  const prepared: PreparedEntry[] = []
  for (const entry of entries) {
    if (entry.deflated !== undefined && wantsDeflate(entry)) {
      prepared.push(prepare(entry, options, entry.deflated))
      continue
    }
    const tried = wantsDeflate(entry) && (await worthDeflatingWith(entry.data, deflate))
    if (!tried) {
      prepared.push(prepare(entry, options, null))
      continue
    }
    // The CRC comes with the deflate (gzip's trailer) where the platform offers it.
    const both = withCrc === null ? null : await withCrc(entry.data)
    if (both === null) prepared.push(prepare(entry, options, await deflate(entry.data)))
    else prepared.push(prepare({ ...entry, crc: entry.crc ?? both.crc }, options, both.body))
  }
  return assemble(prepared)
}

/**
 * Writes a zip archive: entries in the given order, each with a local header and a central
 * directory record, a fixed 1980-01-01 time stamp, no extra fields and no comments — so the same
 * entries always give the same bytes. The result is assembled in one buffer with one copy of each
 * body. Throws past the classic zip limits (4 GiB, 65,535 entries): the app's files stay far below
 * them, and ZIP64 would be one more format for readers to get wrong.
 */
export function writeZip(
  entries: readonly ZipWriteEntry[],
  options: ZipWriteOptions = {}
): Uint8Array {
  const prepared = entries.map((entry) =>
    prepare(
      entry,
      options,
      !wantsDeflate(entry)
        ? null
        : (entry.deflated ??
            (worthDeflating(entry.data) ? deflateSync(entry.data, { level: 6 }) : null))
    )
  )
  return assemble(prepared)
}

/** The archive around prepared entries: local headers and bodies, central directory, end record. */
function assemble(prepared: readonly PreparedEntry[]): Uint8Array {
  if (prepared.length > MAX_ZIP_ENTRIES) throw new Error('writeZip: more than 65,535 entries')
  let total = END_RECORD_SIZE
  for (const entry of prepared)
    total += LOCAL_HEADER_SIZE + CENTRAL_HEADER_SIZE + 2 * entry.name.length + entry.body.length
  if (total > MAX_ZIP_BYTES) throw new Error('writeZip: the archive would exceed 4 GiB')

  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  for (const entry of prepared) {
    offsets.push(at)
    view.setUint32(at, LOCAL_HEADER_SIGNATURE, true)
    view.setUint16(at + 4, VERSION_NEEDED, true)
    // flags: none
    setEntryFields(view, at + 8, entry)
    // extra length: zero
    out.set(entry.name, at + LOCAL_HEADER_SIZE)
    out.set(entry.body, at + LOCAL_HEADER_SIZE + entry.name.length)
    at += LOCAL_HEADER_SIZE + entry.name.length + entry.body.length
  }
  const centralStart = at
  prepared.forEach((entry, index) => {
    view.setUint32(at, CENTRAL_HEADER_SIGNATURE, true)
    view.setUint16(at + 4, VERSION_NEEDED, true) // made by: MS-DOS attributes, version 2.0
    view.setUint16(at + 6, VERSION_NEEDED, true)
    setEntryFields(view, at + 10, entry)
    // extra length, comment length, disk, internal and external attributes: all zero
    view.setUint32(at + 42, offsets[index]!, true)
    out.set(entry.name, at + CENTRAL_HEADER_SIZE)
    at += CENTRAL_HEADER_SIZE + entry.name.length
  })
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true)
  view.setUint16(at + 8, prepared.length, true)
  view.setUint16(at + 10, prepared.length, true)
  view.setUint32(at + 12, at - centralStart, true)
  view.setUint32(at + 16, centralStart, true)
  return out
}

/**
 * The fields the local and the central header share, in the same order, from the method on
 * (offset 8 of a local header, 10 of a central one): method, time, date, CRC, sizes, name length.
 */
function setEntryFields(view: DataView, at: number, entry: PreparedEntry): void {
  view.setUint16(at, entry.method, true)
  view.setUint16(at + 2, FIXED_DOS_TIME, true)
  view.setUint16(at + 4, FIXED_DOS_DATE, true)
  view.setUint32(at + 6, entry.crc, true)
  view.setUint32(at + 10, entry.body.length, true)
  view.setUint32(at + 14, entry.size, true)
  view.setUint16(at + 18, entry.name.length, true)
}
