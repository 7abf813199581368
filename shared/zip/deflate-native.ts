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
type CompressionStreamClass = new (format: 'deflate-raw') => CompressionStreamLike

async function collect(reader: StreamReader): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (value !== undefined) chunks.push(value)
  }
  return chunks.length === 1 ? chunks[0]! : concatBytes(chunks)
}

/** The platform's raw deflate, or null where `CompressionStream` or its 'deflate-raw' is missing. */
export function nativeDeflateRaw(): DeflateRaw | null {
  const Stream = (globalThis as { CompressionStream?: CompressionStreamClass }).CompressionStream
  if (Stream === undefined) return null
  try {
    new Stream('deflate-raw')
  } catch {
    return null
  }
  return (data) => {
    const stream = new Stream('deflate-raw')
    const writer = stream.writable.getWriter()
    // Written and closed without awaiting: the writes settle as the reader drains the output.
    writer.write(data).catch(() => undefined)
    writer.close().catch(() => undefined)
    return collect(stream.readable.getReader())
  }
}
