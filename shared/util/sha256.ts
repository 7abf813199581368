/**
 * SHA-256 in plain TypeScript. shared/ runs unchanged in Node, the browser and Electron,
 * and WebCrypto is asynchronous and absent from our no-DOM, no-Node type world, so content hashes
 * (bank identity, canonical assessment content) are computed here, synchronously.
 */
import { SHA512_INITIAL, SHA512_K } from './sha2-constants'

/** The round constants: the high halves of SHA-512's first 64 (as 32-bit signed words). */
const K = Int32Array.from({ length: 64 }, (_, t) => SHA512_K[2 * t]!)
/** The initial hash value: the high halves of SHA-512's. */
const INITIAL = Int32Array.from({ length: 8 }, (_, k) => SHA512_INITIAL[2 * k]!)

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Bytes(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (a surrogate pair's 4 bytes come from 2 units).
  const out = new Uint8Array(text.length * 3)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x80) {
      out[n++] = code
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else code = 0xfffd
    } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd
    if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6)
      out[n++] = 0x80 | (code & 63)
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12)
      out[n++] = 0x80 | ((code >> 6) & 63)
      out[n++] = 0x80 | (code & 63)
    } else {
      out[n++] = 0xf0 | (code >> 18)
      out[n++] = 0x80 | ((code >> 12) & 63)
      out[n++] = 0x80 | ((code >> 6) & 63)
      out[n++] = 0x80 | (code & 63)
    }
  }
  return out.slice(0, n)
}

/**
 * Runs the compression function over the 64-byte blocks of `bytes` from `from` to `to` (a
 * multiple of 64), updating `h`. Words are read straight from the bytes and the working variables
 * live in locals (int32 arithmetic): no copy of the input, no allocation per block. The backup
 * hashes every assessment and evidence file it packs, so this is on its hot path.
 */
function compress(h: Int32Array, w: Int32Array, bytes: Uint8Array, from: number, to: number): void {
  let h0 = h[0]!
  let h1 = h[1]!
  let h2 = h[2]!
  let h3 = h[3]!
  let h4 = h[4]!
  let h5 = h[5]!
  let h6 = h[6]!
  let h7 = h[7]!
  for (let offset = from; offset < to; offset += 64) {
    for (let t = 0, i = offset; t < 16; t++, i += 4)
      w[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!
      const y = w[t - 2]!
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0
    }
    let a = h0
    let b = h1
    let c = h2
    let d = h3
    let e = h4
    let f = h5
    let g = h6
    let hh = h7
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const t1 = (hh + S1 + ch + K[t]! + w[t]!) | 0
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & b) ^ (a & c) ^ (b & c)
      hh = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + S0 + maj) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + hh) | 0
  }
  h.set([h0, h1, h2, h3, h4, h5, h6, h7])
}

/** SHA-256 of bytes or of a string's UTF-8 encoding, as lower-case hex. */
export function sha256Hex(input: Uint8Array | string): string {
  const data = typeof input === 'string' ? utf8Bytes(input) : input
  const h = Int32Array.from(INITIAL)
  const w = new Int32Array(64)
  const whole = data.length - (data.length % 64)
  compress(h, w, data, 0, whole)
  // The tail, the 0x80 marker and the bit length: one or two more blocks.
  const tail = new Uint8Array(data.length - whole + 9 > 64 ? 128 : 64)
  tail.set(data.subarray(whole))
  tail[data.length - whole] = 0x80
  const view = new DataView(tail.buffer)
  view.setUint32(tail.length - 8, Math.floor(data.length / 0x20000000))
  view.setUint32(tail.length - 4, (data.length * 8) >>> 0)
  compress(h, w, tail, 0, tail.length)
  let hex = ''
  for (const word of h) hex += (word >>> 0).toString(16).padStart(8, '0')
  return hex
}
