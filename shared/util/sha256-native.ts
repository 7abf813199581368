import { sha256Hex } from './sha256'

/*
 * SHA-256 through the platform's WebCrypto (`globalThis.crypto.subtle.digest`: the renderer, its
 * workers, Electron and Node 20+), an order of magnitude faster than sha256Hex in JavaScript on
 * large inputs; the same lower-case hex. Asynchronous, so for the writers that can wait (the
 * backup); where WebCrypto is missing, sha256Hex.
 */

interface DigestLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

/** SHA-256 of `bytes` in lower-case hex, as sha256Hex gives it. */
export async function sha256HexAsync(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: DigestLike } }).crypto?.subtle
  if (subtle === undefined) return sha256Hex(bytes)
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const byte of digest) hex += HEX[byte]
  return hex
}

/**
 * The SHA-256 of each of `items`, computed up front by the platform (all at once: WebCrypto hashes
 * off the calling thread), as a lookup for checks written synchronously (`digest` parameters);
 * bytes not among them are hashed by sha256Hex.
 */
export async function sha256Lookup(
  items: Iterable<Uint8Array>
): Promise<(bytes: Uint8Array) => string> {
  const list = [...new Set(items)]
  const hashes = await Promise.all(list.map(sha256HexAsync))
  const known = new Map(list.map((bytes, index) => [bytes, hashes[index]!]))
  return (bytes) => known.get(bytes) ?? sha256Hex(bytes)
}
