/**
 * The platform's own raw inflate (RFC 1951) through `DecompressionStream('deflate-raw')`: zlib in
 * Chromium, Electron and Node 20+, several times faster than inflate in JavaScript. The reading
 * twin of deflate-native.ts; shared/ compiles without DOM or Node types, so the few members used
 * are typed here. Asynchronous, so only inflateEntryAsync uses it.
 */

/** Why a stream gave no bytes: more than the cap, or not valid deflate (with zlib's words). */
export type InflateFailure = { bomb: true } | { bomb: false; detail: string }

/** Raw inflate of `data`, stopped as soon as it yields more than `cap` bytes. */
export type InflateRaw = (
  data: Uint8Array,
  cap: number
) => Promise<{ bytes: Uint8Array; length: number } | InflateFailure>

interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>
  cancel(): Promise<void>
}
interface DecompressionStreamLike {
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> }
  }
  readonly readable: { getReader(): StreamReader }
}
type DecompressionStreamClass = new (format: StreamFormat) => DecompressionStreamLike

/**
 * Input is written in slices this big, each once the output of the one before was read (the
 * stream's backpressure): deflate expands at most ~1032:1, so a stream that lies about its size
 * runs at most ~16 MiB past the cap before it is stopped.
 */
const INPUT_SLICE = 16 * 1024

type StreamFormat = 'deflate-raw' | 'gzip'

/** A maker of the platform's decompression streams of `format`, or null where it has none. */
function platformStreams(format: StreamFormat): (() => DecompressionStreamLike) | null {
  const Stream = (globalThis as { DecompressionStream?: DecompressionStreamClass })
    .DecompressionStream
  if (Stream === undefined) return null
  try {
    new Stream(format)
  } catch {
    return null
  }
  return () => new Stream(format)
}

/** The platform's raw inflate, or null where `DecompressionStream` or its 'deflate-raw' is missing. */
export function nativeInflateRaw(): InflateRaw | null {
  const stream = platformStreams('deflate-raw')
  return stream && ((data, cap) => inflateStream(stream(), data, cap))
}

/** The start of a gzip member (RFC 1952) with no name, time or extra fields: deflate follows. */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff)

/**
 * Raw inflate of `data` whose CRC-32 and size the platform checks as it inflates: the stream is
 * wrapped as a gzip member whose trailer holds the `crc32` and `size` the zip declares, so zlib
 * checks both in native code, and no JavaScript pass over the bytes is needed. Null for anything
 * but exactly `size` bytes with that CRC-32 (or where the platform lacks 'gzip'): the caller then
 * finds out why with the raw inflate and its own checks, so every verdict stays theirs.
 */
export type InflateVerified = (
  data: Uint8Array,
  size: number,
  crc32: number
) => Promise<Uint8Array | null>

/** The platform's CRC-checking inflate (InflateVerified), or null where it is missing. */
export function nativeInflateVerified(): InflateVerified | null {
  const stream = platformStreams('gzip')
  if (stream === null) return null
  return async (data, size, crc32) => {
    // One buffer, written in one go: a write per piece would cost more than the copy.
    const member = new Uint8Array(GZIP_HEADER.length + data.length + 8)
    member.set(GZIP_HEADER)
    member.set(data, GZIP_HEADER.length)
    const view = new DataView(member.buffer)
    view.setUint32(member.length - 8, crc32, true)
    view.setUint32(member.length - 4, size, true)
    const out = await inflateStream(stream(), member, size)
    return 'bomb' in out || out.length !== size ? null : out.bytes
  }
}

/** Feeds `data` to a decompression stream and reads at most `cap` bytes back. */
async function inflateStream(
  stream: DecompressionStreamLike,
  data: Uint8Array,
  cap: number
): Promise<{ bytes: Uint8Array; length: number } | InflateFailure> {
  const writer = stream.writable.getWriter()
  const reader = stream.readable.getReader()
  const feeding = (async () => {
    for (let at = 0; at < data.length; at += INPUT_SLICE)
      await writer.write(data.subarray(at, at + INPUT_SLICE))
    await writer.close()
  })()
  // A damaged stream rejects both sides: the reader's rejection is the one reported.
  feeding.catch(() => undefined)
  const out = new Uint8Array(cap)
  let length = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (value === undefined) continue
      if (length + value.length > cap) {
        reader.cancel().catch(() => undefined)
        return { bomb: true }
      }
      out.set(value, length)
      length += value.length
    }
    await feeding
  } catch (error) {
    return { bomb: false, detail: error instanceof Error ? error.message : String(error) }
  }
  return { bytes: out, length }
}
