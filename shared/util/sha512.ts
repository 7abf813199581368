/**
 * SHA-512 in plain TypeScript, synchronous. The Office password key derivation (MS-OFFCRYPTO
 * agile encryption) hashes 100,000 times in a row; through WebCrypto's promise-per-digest API that
 * takes seconds, here it takes a fraction of one. 64-bit words are kept as two 32-bit halves.
 */
import { SHA512_INITIAL, SHA512_K } from './sha2-constants'

// Message schedule, reused across calls (the function is synchronous, so never shared in flight).
const W = new Uint32Array(160)

/** One 128-byte block, already in `W[0..31]` as big-endian words, into the state `h` (16 halves). */
function compress(h: Uint32Array): void {
  for (let i = 32; i < 160; i += 2) {
    // σ0(w[t-15]) = ROTR1 ^ ROTR8 ^ SHR7
    let xh = W[i - 30]!
    let xl = W[i - 29]!
    const s0h = ((xh >>> 1) | (xl << 31)) ^ ((xh >>> 8) | (xl << 24)) ^ (xh >>> 7)
    const s0l = ((xl >>> 1) | (xh << 31)) ^ ((xl >>> 8) | (xh << 24)) ^ ((xl >>> 7) | (xh << 25))
    // σ1(w[t-2]) = ROTR19 ^ ROTR61 ^ SHR6
    xh = W[i - 4]!
    xl = W[i - 3]!
    const s1h = ((xh >>> 19) | (xl << 13)) ^ ((xl >>> 29) | (xh << 3)) ^ (xh >>> 6)
    const s1l = ((xl >>> 19) | (xh << 13)) ^ ((xh >>> 29) | (xl << 3)) ^ ((xl >>> 6) | (xh << 26))
    const lo = (s0l >>> 0) + (s1l >>> 0) + W[i - 13]! + W[i - 31]!
    W[i] = s0h + s1h + W[i - 14]! + W[i - 32]! + Math.floor(lo / 0x100000000)
    W[i + 1] = lo
  }
  let ah = h[0]!,
    al = h[1]!,
    bh = h[2]!,
    bl = h[3]!,
    ch = h[4]!,
    cl = h[5]!,
    dh = h[6]!,
    dl = h[7]!
  let eh = h[8]!,
    el = h[9]!,
    fh = h[10]!,
    fl = h[11]!,
    gh = h[12]!,
    gl = h[13]!,
    hh = h[14]!,
    hl = h[15]!
  for (let i = 0; i < 160; i += 2) {
    // Σ1(e) = ROTR14 ^ ROTR18 ^ ROTR41
    const S1h = ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23))
    const S1l = ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23))
    const chh = (eh & fh) ^ (~eh & gh)
    const chl = (el & fl) ^ (~el & gl)
    const t1l = hl + (S1l >>> 0) + (chl >>> 0) + SHA512_K[i + 1]! + W[i + 1]!
    const t1h = hh + S1h + chh + SHA512_K[i]! + W[i]! + Math.floor(t1l / 0x100000000)
    // Σ0(a) = ROTR28 ^ ROTR34 ^ ROTR39
    const S0h = ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25))
    const S0l = ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25))
    const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch)
    const majl = (al & bl) ^ (al & cl) ^ (bl & cl)
    const t2l = (S0l >>> 0) + (majl >>> 0)
    const t2h = S0h + majh + Math.floor(t2l / 0x100000000)
    hh = gh
    hl = gl
    gh = fh
    gl = fl
    fh = eh
    fl = el
    const newEl = dl + (t1l >>> 0)
    eh = (dh + t1h + Math.floor(newEl / 0x100000000)) >>> 0
    el = newEl >>> 0
    dh = ch
    dl = cl
    ch = bh
    cl = bl
    bh = ah
    bl = al
    const newAl = (t1l >>> 0) + (t2l >>> 0)
    ah = (t1h + t2h + Math.floor(newAl / 0x100000000)) >>> 0
    al = newAl >>> 0
  }
  const add = (index: number, high: number, low: number): void => {
    const sum = h[index + 1]! + low
    h[index] = h[index]! + high + Math.floor(sum / 0x100000000)
    h[index + 1] = sum
  }
  add(0, ah, al)
  add(2, bh, bl)
  add(4, ch, cl)
  add(6, dh, dl)
  add(8, eh, el)
  add(10, fh, fl)
  add(12, gh, gl)
  add(14, hh, hl)
}

/** SHA-512 of the bytes given one after another (no concatenated copy is made by the caller). */
export function sha512(...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  const padded = (((length + 17 + 127) >> 7) << 7) >>> 0
  const block = new Uint8Array(padded)
  let at = 0
  for (const part of parts) {
    block.set(part, at)
    at += part.length
  }
  block[length] = 0x80
  const view = new DataView(block.buffer)
  const bits = length * 8
  view.setUint32(padded - 8, Math.floor(bits / 0x100000000))
  view.setUint32(padded - 4, bits >>> 0)
  const h = new Uint32Array(SHA512_INITIAL)
  for (let offset = 0; offset < padded; offset += 128) {
    for (let i = 0; i < 32; i++) W[i] = view.getUint32(offset + i * 4)
    compress(h)
  }
  const out = new Uint8Array(64)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 16; i++) outView.setUint32(i * 4, h[i]!)
  return out
}

/**
 * The iterated hash of MS-OFFCRYPTO's password key derivation: starting from `hash` (64 bytes),
 * `iterations` times hash ← SHA-512(LE32(i) ‖ hash). Each input is 68 bytes, one block, so the
 * block is laid out in words directly instead of through bytes.
 */
export function sha512Iterated(hash: Uint8Array, iterations: number): Uint8Array {
  if (hash.length !== 64) throw new Error('sha512Iterated: the hash must be 64 bytes')
  const view = new DataView(hash.buffer, hash.byteOffset, 64)
  const state = new Uint32Array(16)
  for (let i = 0; i < 16; i++) state[i] = view.getUint32(i * 4)
  for (let i = 0; i < iterations; i++) {
    // The counter's little-endian bytes, read as the block's first big-endian word.
    W[0] = ((i & 0xff) << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24)
    for (let j = 0; j < 16; j++) W[j + 1] = state[j]!
    W[17] = 0x80000000
    W.fill(0, 18, 31)
    W[31] = 68 * 8
    state.set(SHA512_INITIAL)
    compress(state)
  }
  const out = new Uint8Array(64)
  const outView = new DataView(out.buffer)
  for (let i = 0; i < 16; i++) outView.setUint32(i * 4, state[i]!)
  return out
}
