/**
 * Test-only readers of what the office-crypto writer produces: a compound-file reader (header,
 * FAT, mini FAT, directory) written from MS-CFB independently of the writer, and the agile
 * decryption (MS-OFFCRYPTO 2.3.4.15) on WebCrypto — so a unit test can take a protected file apart
 * and check every derived value, without the Python and LibreOffice readers of the node tests.
 */
import { sha512 } from '../util/sha512'
import { webCrypto } from '../crypto/webcrypto'
import { keyForBlock, passwordHash, BLOCK_KEYS } from './agile'

export interface ReadEntry {
  path: string
  type: number
  color: number
  left: number
  right: number
  child: number
  name: string
  bytes?: Uint8Array
}

const END = 0xfffffffe
const NONE = 0xffffffff

/** Every entry of a compound file, by path ("a/b"), with stream bytes. */
export function readCompoundFile(file: Uint8Array): {
  entries: ReadEntry[]
  byPath: Map<string, ReadEntry>
} {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  if (!signature.every((b, i) => file[i] === b)) throw new Error('not a compound file')
  if (view.getUint16(30, true) !== 9) throw new Error('expected 512-byte sectors')
  const sector = (id: number) => file.subarray(512 + id * 512, 512 + (id + 1) * 512)
  const fatCount = view.getUint32(44, true)
  const fatIds: number[] = []
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatIds.push(view.getUint32(76 + i * 4, true))
  let difat = view.getUint32(68, true)
  while (fatIds.length < fatCount && difat !== END) {
    const bytes = sector(difat)
    const dv = new DataView(bytes.buffer, bytes.byteOffset, 512)
    for (let i = 0; i < 127 && fatIds.length < fatCount; i++) fatIds.push(dv.getUint32(i * 4, true))
    difat = dv.getUint32(508, true)
  }
  const fat: number[] = []
  for (const id of fatIds) {
    const bytes = sector(id)
    const dv = new DataView(bytes.buffer, bytes.byteOffset, 512)
    for (let i = 0; i < 128; i++) fat.push(dv.getUint32(i * 4, true))
  }
  const chain = (start: number, next: number[]): number[] => {
    const ids: number[] = []
    for (let id = start; id !== END; id = next[id]!) {
      if (id === NONE || ids.length > next.length) throw new Error('broken chain')
      ids.push(id)
    }
    return ids
  }
  const readChain = (start: number): Uint8Array => {
    const ids = chain(start, fat)
    const out = new Uint8Array(ids.length * 512)
    ids.forEach((id, i) => out.set(sector(id), i * 512))
    return out
  }
  const directory = readChain(view.getUint32(48, true))
  const dir = new DataView(directory.buffer)
  const raw = Array.from({ length: directory.length / 128 }, (_, i) => {
    const at = i * 128
    const nameBytes = dir.getUint16(at + 64, true)
    let name = ''
    for (let c = 0; c < nameBytes / 2 - 1; c++)
      name += String.fromCharCode(dir.getUint16(at + c * 2, true))
    return {
      name,
      type: directory[at + 66]!,
      color: directory[at + 67]!,
      left: dir.getUint32(at + 68, true),
      right: dir.getUint32(at + 72, true),
      child: dir.getUint32(at + 76, true),
      start: dir.getUint32(at + 116, true),
      size: dir.getUint32(at + 120, true)
    }
  })
  const root = raw[0]!
  const miniStream = root.start === END ? new Uint8Array(0) : readChain(root.start)
  const miniFat: number[] = []
  const miniFatStart = view.getUint32(60, true)
  if (miniFatStart !== END) {
    const bytes = readChain(miniFatStart)
    const dv = new DataView(bytes.buffer)
    for (let i = 0; i < bytes.length / 4; i++) miniFat.push(dv.getUint32(i * 4, true))
  }
  const streamBytes = (start: number, size: number): Uint8Array => {
    if (size === 0) return new Uint8Array(0)
    if (size < 4096) {
      const ids = chain(start, miniFat)
      const out = new Uint8Array(ids.length * 64)
      ids.forEach((id, i) => out.set(miniStream.subarray(id * 64, id * 64 + 64), i * 64))
      return out.subarray(0, size)
    }
    return readChain(start).subarray(0, size)
  }
  const entries: ReadEntry[] = []
  const byPath = new Map<string, ReadEntry>()
  const walk = (id: number, parent: string): void => {
    if (id === NONE) return
    const r = raw[id]!
    walk(r.left, parent)
    const path = parent === '' ? r.name : `${parent}/${r.name}`
    const entry: ReadEntry = {
      ...r,
      path,
      ...(r.type === 2 ? { bytes: streamBytes(r.start, r.size) } : {})
    }
    entries.push(entry)
    byPath.set(path, entry)
    if (r.type === 1) walk(r.child, path)
    walk(r.right, parent)
  }
  walk(root.child, '')
  return { entries, byPath }
}

/** AES-CBC decryption without padding, on WebCrypto (which insists on padding). */
export async function aesCbcDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array
): Promise<Uint8Array> {
  const subtle = webCrypto().subtle as unknown as {
    importKey(
      f: 'raw',
      k: Uint8Array,
      a: { name: 'AES-CBC' },
      e: false,
      u: string[]
    ): Promise<object>
    encrypt(a: { name: 'AES-CBC'; iv: Uint8Array }, k: object, d: Uint8Array): Promise<ArrayBuffer>
    decrypt(a: { name: 'AES-CBC'; iv: Uint8Array }, k: object, d: Uint8Array): Promise<ArrayBuffer>
  }
  const cryptoKey = await subtle.importKey('raw', key, { name: 'AES-CBC' }, false, [
    'encrypt',
    'decrypt'
  ])
  // A block that decrypts to a full padding block after the data: encrypt 16 × 0x10 chained on
  // the data's last block, then decrypt data ‖ that block; WebCrypto strips the padding.
  const last = data.subarray(data.length - 16)
  const padding = new Uint8Array(16).fill(16)
  const extra = new Uint8Array(
    await subtle.encrypt({ name: 'AES-CBC', iv: last }, cryptoKey, padding)
  ).subarray(0, 16)
  const joined = new Uint8Array(data.length + 16)
  joined.set(data)
  joined.set(extra, data.length)
  return new Uint8Array(await subtle.decrypt({ name: 'AES-CBC', iv }, cryptoKey, joined))
}

const fromBase64 = (text: string): Uint8Array => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const clean = text.replace(/=+$/, '')
  const out: number[] = []
  let buffer = 0
  let bits = 0
  for (const c of clean) {
    buffer = (buffer << 6) | alphabet.indexOf(c)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(out)
}

const attribute = (xml: string, element: string, name: string): string => {
  const tag = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0]
  const value = tag === undefined ? undefined : new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]
  if (value === undefined) throw new Error(`EncryptionInfo: no ${element}@${name}`)
  return value
}

/**
 * Opens a protected file with its password as Office does: checks the password verifier, unwraps
 * the package key, checks the HMAC over the encrypted package, and decrypts it. Throws
 * 'wrong password' or 'integrity' when those checks fail.
 */
export async function openProtectedOfficeFile(
  file: Uint8Array,
  password: string
): Promise<Uint8Array> {
  const { byPath } = readCompoundFile(file)
  const info = byPath.get('EncryptionInfo')!.bytes!
  const xml = String.fromCharCode(...info.subarray(8))
  const salt = fromBase64(attribute(xml, 'p:encryptedKey', 'saltValue'))
  const spin = Number(attribute(xml, 'p:encryptedKey', 'spinCount'))
  const hash = passwordHash(password, salt, spin)
  const input = await aesCbcDecrypt(
    keyForBlock(hash, BLOCK_KEYS.verifierInput),
    salt,
    fromBase64(attribute(xml, 'p:encryptedKey', 'encryptedVerifierHashInput'))
  )
  const value = await aesCbcDecrypt(
    keyForBlock(hash, BLOCK_KEYS.verifierValue),
    salt,
    fromBase64(attribute(xml, 'p:encryptedKey', 'encryptedVerifierHashValue'))
  )
  if (sha512(input).some((b, i) => b !== value[i])) throw new Error('wrong password')
  const packageKey = await aesCbcDecrypt(
    keyForBlock(hash, BLOCK_KEYS.keyValue),
    salt,
    fromBase64(attribute(xml, 'p:encryptedKey', 'encryptedKeyValue'))
  )
  const keyDataSalt = fromBase64(attribute(xml, 'keyData', 'saltValue'))
  const encrypted = byPath.get('EncryptedPackage')!.bytes!
  const iv = (block: Uint8Array) => sha512(keyDataSalt, block).subarray(0, 16)
  const hmacKey = await aesCbcDecrypt(
    packageKey,
    iv(Uint8Array.of(0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6)),
    fromBase64(attribute(xml, 'dataIntegrity', 'encryptedHmacKey'))
  )
  const hmacValue = await aesCbcDecrypt(
    packageKey,
    iv(Uint8Array.of(0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33)),
    fromBase64(attribute(xml, 'dataIntegrity', 'encryptedHmacValue'))
  )
  const subtle = webCrypto().subtle as unknown as {
    importKey(f: 'raw', k: Uint8Array, a: object, e: false, u: string[]): Promise<object>
    sign(a: 'HMAC', k: object, d: Uint8Array): Promise<ArrayBuffer>
  }
  const signer = await subtle.importKey('raw', hmacKey, { name: 'HMAC', hash: 'SHA-512' }, false, [
    'sign'
  ])
  const actual = new Uint8Array(await subtle.sign('HMAC', signer, encrypted))
  if (actual.some((b, i) => b !== hmacValue[i])) throw new Error('integrity')
  const size = new DataView(encrypted.buffer, encrypted.byteOffset).getUint32(0, true)
  const out = new Uint8Array(encrypted.length - 8)
  for (let index = 0, at = 0; at < out.length; index++, at += 4096) {
    const segment = encrypted.subarray(8 + at, Math.min(8 + at + 4096, encrypted.length))
    const segmentIv = sha512(
      keyDataSalt,
      Uint8Array.of(index & 0xff, (index >> 8) & 0xff, (index >> 16) & 0xff, index >>> 24)
    ).subarray(0, 16)
    out.set(await aesCbcDecrypt(packageKey, segmentIv, segment), at)
  }
  return out.subarray(0, size)
}
