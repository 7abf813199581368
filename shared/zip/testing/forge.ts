import { Deflate, deflateSync } from 'fflate'
import { crc32 } from '../crc32'
import { concatBytes } from '../../util/concat-bytes'
import {
  CENTRAL_HEADER_SIGNATURE,
  END_OF_CENTRAL_DIRECTORY_SIGNATURE,
  LOCAL_HEADER_SIGNATURE,
  METHOD_DEFLATED,
  METHOD_STORED
} from '../format'

/**
 * Test helper: writes zips with every field under control — lying sizes and CRCs, hostile names
 * (one character per byte, so NUL and non-ASCII bytes go in as they are), odd methods and flags,
 * shared data, wrong counts — to build the hostile inputs readPackage must refuse.
 */
export interface ForgedEntry {
  /** One character per byte. */
  name: string
  /** The bytes as stored in the zip (already compressed for method 8). */
  body: Uint8Array
  method?: number
  flags?: number
  crc?: number
  /** Declared uncompressed size (default: body length). */
  size?: number
  /** Declared compressed size (default: body length). */
  compressedSize?: number
  /** The name written in the local header, if it should differ. */
  localName?: string
  /** Point this entry's central record at another entry's local header (overlap bombs). */
  sameDataAs?: number
}

export interface ForgeOptions {
  /** Entry counts written in the end record (default: the number of entries). */
  count?: number
  /** Bytes before the first entry. */
  prefix?: Uint8Array
  /** Added to the central directory offset in the end record. */
  centralOffsetShift?: number
  comment?: Uint8Array
}

const bytesOf = (name: string): Uint8Array => Uint8Array.from(name, (c) => c.charCodeAt(0) & 0xff)

/** An entry holding `plain`, deflated, with true sizes and CRC (override fields to lie). */
export function deflatedEntry(name: string, plain: Uint8Array): ForgedEntry {
  return {
    name,
    body: deflateSync(plain),
    method: METHOD_DEFLATED,
    crc: crc32(plain),
    size: plain.length
  }
}

/** An entry holding `plain`, stored. */
export function storedEntry(name: string, plain: Uint8Array): ForgedEntry {
  return { name, body: plain, method: METHOD_STORED, crc: crc32(plain), size: plain.length }
}

/** Writes the zip. */
export function forgeZip(entries: readonly ForgedEntry[], options: ForgeOptions = {}): Uint8Array {
  const parts: Uint8Array[] = []
  const prefix = options.prefix ?? new Uint8Array(0)
  parts.push(prefix)
  let at = prefix.length
  const offsets: number[] = []
  for (const entry of entries) {
    const name = bytesOf(entry.localName ?? entry.name)
    const header = new Uint8Array(30 + name.length)
    const view = new DataView(header.buffer)
    view.setUint32(0, LOCAL_HEADER_SIGNATURE, true)
    view.setUint16(4, 20, true)
    setSharedFields(view, 6, entry, name)
    header.set(name, 30)
    offsets.push(at)
    parts.push(header, entry.body)
    at += header.length + entry.body.length
  }
  const centralStart = at
  entries.forEach((entry, index) => {
    const name = bytesOf(entry.name)
    const record = new Uint8Array(46 + name.length)
    const view = new DataView(record.buffer)
    view.setUint32(0, CENTRAL_HEADER_SIGNATURE, true)
    view.setUint16(4, 20, true)
    view.setUint16(6, 20, true)
    setSharedFields(view, 8, entry, name)
    view.setUint32(42, offsets[entry.sameDataAs ?? index]!, true)
    record.set(name, 46)
    parts.push(record)
    at += record.length
  })
  const comment = options.comment ?? new Uint8Array(0)
  const end = new Uint8Array(22 + comment.length)
  const view = new DataView(end.buffer)
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true)
  view.setUint16(8, options.count ?? entries.length, true)
  view.setUint16(10, options.count ?? entries.length, true)
  view.setUint32(12, at - centralStart, true)
  view.setUint32(16, centralStart + (options.centralOffsetShift ?? 0), true)
  view.setUint16(20, comment.length, true)
  end.set(comment, 22)
  parts.push(end)
  return concatBytes(parts)
}

/** The fields both headers share, from the flags on (offset 6 of a local header, 8 of a central). */
function setSharedFields(view: DataView, at: number, entry: ForgedEntry, name: Uint8Array): void {
  view.setUint16(at, entry.flags ?? 0, true)
  view.setUint16(at + 2, entry.method ?? METHOD_STORED, true)
  view.setUint16(at + 6, 0x21, true)
  view.setUint32(at + 8, entry.crc ?? crc32(entry.body), true)
  view.setUint32(at + 12, entry.compressedSize ?? entry.body.length, true)
  view.setUint32(at + 16, entry.size ?? entry.body.length, true)
  view.setUint16(at + 20, name.length, true)
}

let zeroBlock: { first: Uint8Array; next: Uint8Array; last: Uint8Array } | undefined

/**
 * A deflate stream that inflates to `mib` MiB of zeros, built without ever holding them: one
 * sync-flushed block of 1 MiB of zeros (about 1 KiB) repeated, since each copy only refers back
 * to zeros. A 1 GiB bomb is about 1 MiB.
 */
export function zeroBombStream(mib: number): Uint8Array {
  if (zeroBlock === undefined) {
    const out: Uint8Array[] = []
    const deflate = new Deflate({ level: 1 }, (chunk) => void out.push(chunk))
    const zeros = new Uint8Array(1 << 20)
    const take = (): Uint8Array => concatBytes(out.splice(0))
    deflate.push(zeros)
    deflate.flush(true)
    const first = take()
    deflate.push(zeros)
    deflate.flush(true)
    const next = take()
    deflate.push(new Uint8Array(0), true)
    zeroBlock = { first, next, last: take() }
  }
  const { first, next, last } = zeroBlock
  return concatBytes([first, ...Array.from({ length: Math.max(0, mib - 1) }, () => next), last])
}
