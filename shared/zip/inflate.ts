import { Inflate, inflateSync } from 'fflate'
import { issueText, type IssueText } from '../util/issue-codes'
import { crc32 } from './crc32'
import { METHOD_STORED } from './format'
import {
  nativeInflateRaw,
  nativeInflateVerified,
  type InflateRaw,
  type InflateVerified
} from './inflate-native'
import type { ZipEntry } from './read'

/**
 * Input is fed to the inflater in slices this big. Deflate expands at most ~1032:1, so one slice
 * yields at most ~2 MiB before the size check below can stop a stream that lies about its size
 * (larger slices inflate no faster, measured, but let a bomb run further first).
 */
const INPUT_SLICE = 2 * 1024

class SizeExceeded extends Error {}

/**
 * The entry's bytes, or why they cannot be trusted. The declared uncompressed size (already checked
 * against the limits by the preflight) is the cap: inflating stops as soon as the stream produces
 * more, and a stream that produces less, is damaged, or fails its CRC-32 is refused. Memory stays
 * within the declared size plus one slice's output, whatever the stream really holds.
 */
export function inflateEntry(archive: Uint8Array, entry: ZipEntry): Uint8Array | IssueText {
  const compressed = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  let out: Uint8Array
  if (entry.method === METHOD_STORED) out = compressed.slice()
  else {
    const inflated = inflateCapped(compressed, entry.uncompressedSize)
    if (!(inflated instanceof Uint8Array)) return inflated
    out = inflated
  }
  if (crc32(out) !== entry.crc32) return issueText('zip.crc')
  return out
}

/**
 * Entries larger than one INPUT_SLICE (compressed) are inflated by the platform: its stream's fixed
 * cost (a fraction of a millisecond) is less than streaming them through fflate, whose every push
 * allocates and copies a 128 KiB window (a backup's packages, ~12 KiB each, issue 15).
 */
const NATIVE_FROM_BYTES = INPUT_SLICE + 1
let platformInflate: InflateRaw | null | undefined
let platformVerified: InflateVerified | null | undefined

/**
 * inflateEntry with the platform's inflate (DecompressionStream) for large entries: the same cap
 * (the declared size), the same refusals (bomb, damaged, short, CRC-32) with the same codes. An
 * entry is first inflated with its CRC-32 and size checked by the platform (nativeInflateVerified:
 * no JavaScript CRC pass); only when that does not give exactly the declared bytes is it inflated
 * again, raw, for the verdict.
 */
export async function inflateEntryAsync(
  archive: Uint8Array,
  entry: ZipEntry
): Promise<Uint8Array | IssueText> {
  if (entry.method === METHOD_STORED || entry.compressedSize < NATIVE_FROM_BYTES)
    return inflateEntry(archive, entry)
  if (platformVerified === undefined) platformVerified = nativeInflateVerified()
  if (platformInflate === undefined) platformInflate = nativeInflateRaw()
  if (platformInflate === null) return inflateEntry(archive, entry)
  const compressed = archive.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  const declared = entry.uncompressedSize
  const verified = await platformVerified?.(compressed, declared, entry.crc32)
  if (verified !== undefined && verified !== null) return verified
  const inflated = await platformInflate(compressed, declared)
  if ('bomb' in inflated)
    return inflated.bomb
      ? issueText('zip.inflateBomb', { declared })
      : issueText('zip.inflateDamaged', { detail: inflated.detail })
  if (inflated.length !== declared)
    return issueText('zip.inflateShort', { written: inflated.length, declared })
  if (crc32(inflated.bytes) !== entry.crc32) return issueText('zip.crc')
  return inflated.bytes
}

/**
 * An entry whose compressed bytes fit one INPUT_SLICE, inflated in one call into a buffer of its
 * declared size (plus one byte, to see more): the streaming inflater would allocate and copy a
 * 128 KiB window for each, which dominated a backup of 16,000 small evidence files (issue 15). Only
 * a stream that ends with exactly the declared size is taken; anything else (more, less, damaged)
 * returns null, for inflateCapped to give its verdict. The work is bounded as there: one slice.
 */
function inflateOneSlice(compressed: Uint8Array, declared: number): Uint8Array | null {
  if (compressed.length === 0 || compressed.length > INPUT_SLICE) return null
  try {
    const out = inflateSync(compressed, { out: new Uint8Array(declared + 1) })
    return out.length === declared ? out.slice() : null
  } catch {
    return null
  }
}

function inflateCapped(compressed: Uint8Array, declared: number): Uint8Array | IssueText {
  const quick = inflateOneSlice(compressed, declared)
  if (quick !== null) return quick
  const out = new Uint8Array(declared)
  let written = 0
  let finished = false
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > declared) throw new SizeExceeded()
    out.set(chunk, written)
    written += chunk.length
    if (final) finished = true
  })
  try {
    for (let at = 0; at < compressed.length; at += INPUT_SLICE) {
      const end = Math.min(compressed.length, at + INPUT_SLICE)
      inflater.push(compressed.subarray(at, end), end === compressed.length)
    }
    if (compressed.length === 0) inflater.push(compressed, true)
  } catch (error) {
    if (error instanceof SizeExceeded) return issueText('zip.inflateBomb', { declared })
    return issueText('zip.inflateDamaged', { detail: (error as Error).message })
  }
  if (!finished || written !== declared) return issueText('zip.inflateShort', { written, declared })
  return out
}
