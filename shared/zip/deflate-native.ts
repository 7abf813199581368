/**
 * The platform's own raw deflate (RFC 1951) through `CompressionStream('deflate-raw')`: zlib in
 * Chromium, Electron and Node 20+, several times faster than deflate in JavaScript. shared/
 * compiles without DOM or Node types, so the few members used are typed here. Asynchronous, so
 * only writeZipAsync uses it; the output is valid deflate that any reader inflates, but its bytes
 * are the platform zlib's (deterministic for one platform, not necessarily fflate's).
 */
import { concatBytes } from '../util/concat-bytes'

/** Raw deflate of `data` at the platform's default level (zlib's 6). */
export type DeflateRaw = (data: Uint8Array) => Promise<Uint8Array>

interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>
}
interface CompressionStreamLike {
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> }
  }
  readonly readable: { getReader(): StreamReader }
}
type CompressionStreamClass = new (format: 'deflate-raw' | 'gzip') => CompressionStreamLike

async function collect(reader: StreamReader): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (value !== undefined) chunks.push(value)
  }
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks)
}

/** The platform's stream `format` of `data`, whole. */
function compressWith(Stream: CompressionStreamClass, format: 'deflate-raw' | 'gzip') {
  return (data: Uint8Array): Promise<Uint8Array> => {
    const stream = new Stream(format)
    const writer = stream.writable.getWriter()
    // Written and closed without awaiting: the writes settle as the reader drains the output.
    writer.write(data).catch(() => undefined)
    writer.close().catch(() => undefined)
    return collect(stream.readable.getReader())
  }
}

/**
 * Whether the platform's stream takes a format, tried once per stream class and format: a trial
 * stream on every call was a stream set up and dropped per entry deflated (issue 15's profile).
 */
const tried = new Map<string, { Stream: CompressionStreamClass; takes: boolean }>()

function platformStream(format: 'deflate-raw' | 'gzip'): CompressionStreamClass | null {
  const Stream = (globalThis as { CompressionStream?: CompressionStreamClass }).CompressionStream
  if (Stream === undefined) return null
  const known = tried.get(format)
  if (known?.Stream === Stream) return known.takes ? Stream : null
  let takes = true
  try {
    new Stream(format)
  } catch {
    takes = false
  }
  tried.set(format, { Stream, takes })
  return takes ? Stream : null
}

/** The platform's raw deflate, or null where `CompressionStream` or its 'deflate-raw' is missing. */
export function nativeDeflateRaw(): DeflateRaw | null {
  const Stream = platformStream('deflate-raw')
  return Stream === null ? null : compressWith(Stream, 'deflate-raw')
}

/** Raw deflate of some bytes with their CRC-32 (as zip records it), or null: not available. */
export type DeflateRawWithCrc = (
  data: Uint8Array
) => Promise<{ body: Uint8Array; crc: number } | null>

/** gzip's fixed header with no name, comment or extra field (RFC 1952), as zlib writes it. */
const GZIP_HEADER_BYTES = 10
const GZIP_TRAILER_BYTES = 8

/**
 * The platform's raw deflate by way of its gzip, whose trailer carries the CRC-32 of the input:
 * zlib computes it natively while deflating, so the zip writer need not run crc32 in JavaScript
 * over every deflated entry (issue 15). The deflate inside a gzip is the raw deflate of the same
 * zlib at the same level, byte for byte. Resolves to null when the output is not the plain gzip
 * expected (the caller then deflates and checksums the other way); null without 'gzip'.
 */
export function nativeDeflateRawWithCrc(): DeflateRawWithCrc | null {
  const Stream = platformStream('gzip')
  if (Stream === null) return null
  const gzip = compressWith(Stream, 'gzip')
  return async (data) => {
    const out = await gzip(data)
    const plain =
      out.length >= GZIP_HEADER_BYTES + GZIP_TRAILER_BYTES &&
      out[0] === 0x1f &&
      out[1] === 0x8b &&
      out[2] === 8 &&
      out[3] === 0
    if (!plain) return null
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
    const end = out.length - GZIP_TRAILER_BYTES
    if (view.getUint32(end + 4, true) !== data.length >>> 0) return null
    return { body: out.subarray(GZIP_HEADER_BYTES, end), crc: view.getUint32(end, true) }
  }
}
