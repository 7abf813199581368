import { deflateSync } from 'fflate'
import { crc32 } from '../package/crc32'
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
} from '../package/zip-format'

/** One entry; `crc` may be precomputed (the backup packs assessments one task at a time). */
export interface AssembleEntry {
  name: string
  data: Uint8Array
  /** Deflate small JSON entries; packages inside a backup are already compressed. */
  deflate: boolean
  crc?: number
}

/**
 * Writes a zip in the same restricted dialect as shared/package/zip-write.ts (fixed time stamps,
 * no extras, no ZIP64), but takes precomputed CRC-32s for stored entries, so that assembling a
 * backup of tens of MiB costs only header writes and one copy — no second pass over every byte in
 * one long task on the UI thread.
 */
export function assembleZip(entries: readonly AssembleEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new Error('assembleZip: more than 65,535 entries')
  const prepared = entries.map((entry) => {
    const name = Uint8Array.from(entry.name, (c) => {
      const code = c.charCodeAt(0)
      if (code < 0x20 || code > 0x7e)
        throw new Error(`assembleZip: name is not ASCII: ${entry.name}`)
      return code
    })
    const crc = entry.crc ?? crc32(entry.data)
    const deflated =
      entry.deflate && entry.data.length > 0 ? deflateSync(entry.data, { level: 6 }) : null
    const useDeflate = deflated !== null && deflated.length < entry.data.length * 0.95
    return {
      name,
      crc,
      size: entry.data.length,
      method: useDeflate ? METHOD_DEFLATED : METHOD_STORED,
      body: useDeflate ? deflated : entry.data
    }
  })
  let total = END_RECORD_SIZE
  for (const e of prepared)
    total += LOCAL_HEADER_SIZE + CENTRAL_HEADER_SIZE + 2 * e.name.length + e.body.length
  if (total > 0xffffffff) throw new Error('assembleZip: the archive would exceed 4 GiB')
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const offsets: number[] = []
  let at = 0
  for (const e of prepared) {
    offsets.push(at)
    view.setUint32(at, LOCAL_HEADER_SIGNATURE, true)
    view.setUint16(at + 4, VERSION_NEEDED, true)
    view.setUint16(at + 8, e.method, true)
    view.setUint16(at + 10, FIXED_DOS_TIME, true)
    view.setUint16(at + 12, FIXED_DOS_DATE, true)
    view.setUint32(at + 14, e.crc, true)
    view.setUint32(at + 18, e.body.length, true)
    view.setUint32(at + 22, e.size, true)
    view.setUint16(at + 26, e.name.length, true)
    out.set(e.name, at + LOCAL_HEADER_SIZE)
    out.set(e.body, at + LOCAL_HEADER_SIZE + e.name.length)
    at += LOCAL_HEADER_SIZE + e.name.length + e.body.length
  }
  const centralStart = at
  prepared.forEach((e, index) => {
    view.setUint32(at, CENTRAL_HEADER_SIGNATURE, true)
    view.setUint16(at + 4, VERSION_NEEDED, true)
    view.setUint16(at + 6, VERSION_NEEDED, true)
    view.setUint16(at + 10, e.method, true)
    view.setUint16(at + 12, FIXED_DOS_TIME, true)
    view.setUint16(at + 14, FIXED_DOS_DATE, true)
    view.setUint32(at + 16, e.crc, true)
    view.setUint32(at + 20, e.body.length, true)
    view.setUint32(at + 24, e.size, true)
    view.setUint16(at + 28, e.name.length, true)
    view.setUint32(at + 42, offsets[index]!, true)
    out.set(e.name, at + CENTRAL_HEADER_SIZE)
    at += CENTRAL_HEADER_SIZE + e.name.length
  })
  view.setUint32(at, END_OF_CENTRAL_DIRECTORY_SIGNATURE, true)
  view.setUint16(at + 8, prepared.length, true)
  view.setUint16(at + 10, prepared.length, true)
  view.setUint32(at + 12, at - centralStart, true)
  view.setUint32(at + 16, centralStart, true)
  return out
}
