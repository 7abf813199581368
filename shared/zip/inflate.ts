import { Inflate } from 'fflate'
import { issueText, type IssueText } from '../util/issue-codes'
import { crc32 } from './crc32'
import { METHOD_STORED } from './format'
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

function inflateCapped(compressed: Uint8Array, declared: number): Uint8Array | IssueText {
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
