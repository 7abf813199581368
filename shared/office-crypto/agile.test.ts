import { describe, expect, it } from 'vitest'
import { sha512, sha512Iterated } from '../util/sha512'
import { base64 } from '../util/base64'
import { BLOCK_KEYS, keyForBlock, passwordHash, protectOfficeFile } from './agile'
import { aesCbcDecrypt, openProtectedOfficeFile, readCompoundFile } from './test-support'

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))
const hex = (data: Uint8Array): string =>
  [...data].map((b) => b.toString(16).padStart(2, '0')).join('')

describe('sha512', () => {
  it('agrees with WebCrypto on every padding boundary', async () => {
    for (const length of [0, 1, 3, 55, 56, 111, 112, 113, 127, 128, 129, 255, 256, 1000, 4097]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff)
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-512', data))
      expect(hex(sha512(data)), `length ${length}`).toBe(hex(expected))
    }
  })

  it('hashes the parts as one message', () => {
    expect(hex(sha512(bytes('ab'), bytes('c')))).toBe(hex(sha512(bytes('abc'))))
    expect(hex(sha512(bytes('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
        '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'
    )
  })

  it('iterates as hash ← SHA-512(LE32(i) ‖ hash)', () => {
    const start = sha512(bytes('start'))
    let expected = start
    for (let i = 0; i < 300; i++)
      expected = sha512(Uint8Array.of(i & 0xff, (i >> 8) & 0xff, 0, 0), expected)
    expect(hex(sha512Iterated(start, 300))).toBe(hex(expected))
  })
})

describe('the password key derivation (MS-OFFCRYPTO 2.3.4.11), against published values', () => {
  // The values msoffcrypto-tool's documentation checks (a file written by Office, password
  // 'Password1234_', 100,000 rounds of SHA-512).
  it('unwraps the package key Office wrapped', async () => {
    const salt = bytes('Lr]E\xdca\x0f\x93\x94\x12\xa0M\xa7\x91\x04f')
    const encryptedKeyValue = bytes(
      "\xa1l\xd5\x16Zz\xb9\xd2q\x11>\xd3\x86\xa7\x8c\xf4\x96\x92\xe8\xe5'\xb0\xc5\xfc\x00U\xed\x08\x0b|\xb9K"
    )
    const hash = passwordHash('Password1234_', salt, 100_000)
    const packageKey = await aesCbcDecrypt(
      keyForBlock(hash, BLOCK_KEYS.keyValue),
      salt,
      encryptedKeyValue
    )
    expect(packageKey).toEqual(
      bytes(
        '@ f\t\xd9\xfa\xad\xf2K\x07j\xeb\xf2\xc45\xb7B\x92\xc8\xb8\xa7\xaa\x81\xbcg\x9b\xe8\x97\x11\xb0*\xc2'
      )
    )
  })

  it('accepts the password by its verifier, and only that password', async () => {
    const salt = bytes('\xcb\xca\x1c\x99\x93C\xfb\xad\x92\x07V4\x15\x004\xb0')
    const encryptedInput = bytes('9\xee\xa5N&\xe5\x14y\x8c(K\xc7qM8\xac')
    const encryptedValue = bytes(
      '\x147mm\x81s4\xe6\xb0\xffO\xd8"\x1a|g\x8e]\x8axN\x8f\x99\x9fL\x18\x890\xc3jK)\xc5\xb33`' +
        '[\\\xd4\x03\xb0P\x03\xad\xcf\x18\xcc\xa8\xcb\xab\x8d\xeb\xe3s\xc6V\x04\xa0\xbe\xcf\xae\\\n\xd0'
    )
    const verifies = async (password: string): Promise<boolean> => {
      const hash = passwordHash(password, salt, 100_000)
      const input = await aesCbcDecrypt(
        keyForBlock(hash, BLOCK_KEYS.verifierInput),
        salt,
        encryptedInput
      )
      const value = await aesCbcDecrypt(
        keyForBlock(hash, BLOCK_KEYS.verifierValue),
        salt,
        encryptedValue
      )
      return hex(sha512(input)) === hex(value)
    }
    expect(await verifies('Password1234_')).toBe(true)
    expect(await verifies('Password1234')).toBe(false)
  })
})

describe('protectOfficeFile', () => {
  // A stand-in for an .xlsx: 3 segments and a short tail, so segment IVs and the padding count.
  const plain = Uint8Array.from({ length: 4096 * 3 + 77 }, (_, i) => (i * 7 + 3) & 0xff)

  it('writes the compound file Office expects: data spaces, EncryptionInfo, EncryptedPackage', async () => {
    const file = await protectOfficeFile(plain, '口令 Pa55', { spinCount: 1000 })
    const { byPath, entries } = readCompoundFile(file)
    expect(entries.map((e) => e.path).sort()).toEqual(
      [
        '\u0006DataSpaces',
        '\u0006DataSpaces/DataSpaceInfo',
        '\u0006DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace',
        '\u0006DataSpaces/DataSpaceMap',
        '\u0006DataSpaces/TransformInfo',
        '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform',
        '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform/\u0006Primary',
        '\u0006DataSpaces/Version',
        'EncryptedPackage',
        'EncryptionInfo'
      ].sort()
    )
    // The data-space streams as MS-OFFCRYPTO 2.2 lays them out (lengths and leading fields).
    expect(byPath.get('\u0006DataSpaces/DataSpaceMap')!.bytes!.length).toBe(112)
    expect(hex(byPath.get('\u0006DataSpaces/DataSpaceMap')!.bytes!.subarray(0, 12))).toBe(
      '080000000100000068000000'
    )
    expect(byPath.get('\u0006DataSpaces/Version')!.bytes!.length).toBe(76)
    const primary = byPath.get(
      '\u0006DataSpaces/TransformInfo/StrongEncryptionTransform/\u0006Primary'
    )!.bytes!
    expect(primary.length).toBe(200)
    expect(hex(primary.subarray(0, 12))).toBe('58000000010000004c000000')
    // Version 4.4 (agile), flags 0x40, then the XML descriptor naming AES-256 and SHA-512.
    const info = byPath.get('EncryptionInfo')!.bytes!
    expect(hex(info.subarray(0, 8))).toBe('0400040040000000')
    const xml = String.fromCharCode(...info.subarray(8))
    expect(xml).toContain('keyBits="256"')
    expect(xml).toContain('hashAlgorithm="SHA512"')
    expect(xml).toContain('spinCount="1000"')
    // The package: its plain size, then whole AES blocks.
    const encrypted = byPath.get('EncryptedPackage')!.bytes!
    expect(new DataView(encrypted.buffer, encrypted.byteOffset).getUint32(0, true)).toBe(
      plain.length
    )
    expect(encrypted.length).toBe(8 + Math.ceil(plain.length / 16) * 16)
  })

  it('opens with its password to the same bytes, HMAC checked; not with another', async () => {
    const file = await protectOfficeFile(plain, '口令 Pa55', { spinCount: 1000 })
    expect(await openProtectedOfficeFile(file, '口令 Pa55')).toEqual(plain)
    await expect(openProtectedOfficeFile(file, '口令 pa55')).rejects.toThrow('wrong password')
  })

  it('detects a changed byte of the encrypted package by its HMAC', async () => {
    const file = await protectOfficeFile(plain, 'secret-1', { spinCount: 1000 })
    const { byPath } = readCompoundFile(file)
    const encrypted = byPath.get('EncryptedPackage')!.bytes!
    // Find the stream in the file and flip one bit of its last segment.
    const at = indexOf(file, encrypted.subarray(0, 64))
    expect(at).toBeGreaterThan(0)
    const altered = file.slice()
    altered[at + encrypted.length - 5]! ^= 1
    await expect(openProtectedOfficeFile(altered, 'secret-1')).rejects.toThrow('integrity')
  })

  it('uses fresh salts and keys: the same file protected twice shares no ciphertext', async () => {
    const one = readCompoundFile(await protectOfficeFile(plain, 'secret-1', { spinCount: 1000 }))
    const two = readCompoundFile(await protectOfficeFile(plain, 'secret-1', { spinCount: 1000 }))
    const a = one.byPath.get('EncryptedPackage')!.bytes!.subarray(8, 72)
    const b = two.byPath.get('EncryptedPackage')!.bytes!.subarray(8, 72)
    expect(hex(a)).not.toBe(hex(b))
    expect(base64(a)).not.toBe(base64(b))
  })

  it('puts a package larger than 109 FAT sectors can map behind DIFAT sectors, still readable', async () => {
    // 109 FAT sectors map 109 × 128 sectors of 512 bytes ≈ 7.1 MB; 7.5 MB needs a DIFAT sector.
    const large = new Uint8Array(7_500_000)
    for (let i = 0; i < large.length; i++) large[i] = (i * 13) & 0xff
    const file = await protectOfficeFile(large, 'secret-1', { spinCount: 10 })
    expect(new DataView(file.buffer).getUint32(72, true)).toBe(1)
    const opened = await openProtectedOfficeFile(file, 'secret-1')
    // Compared by digest: an element-wise deep equality of 7.5 MB takes minutes.
    expect(opened.length).toBe(large.length)
    expect(hex(sha512(opened))).toBe(hex(sha512(large)))
  })

  it("links each storage's entries as a red-black search tree in the format's name order", async () => {
    const { entries } = readCompoundFile(
      await protectOfficeFile(plain, 'secret-1', { spinCount: 10 })
    )
    // The reader walks each tree in order: siblings come out sorted by length, then name.
    const groups = new Map<string, string[]>()
    for (const entry of entries) {
      const parent = entry.path.includes('/')
        ? entry.path.slice(0, entry.path.lastIndexOf('/'))
        : ''
      groups.set(parent, [...(groups.get(parent) ?? []), entry.name])
    }
    for (const names of groups.values()) {
      const sorted = [...names].sort((a, b) =>
        a.length !== b.length ? a.length - b.length : a.toUpperCase() < b.toUpperCase() ? -1 : 1
      )
      expect(names).toEqual(sorted)
    }
  })

  it('refuses an empty or over-long password before doing anything', async () => {
    await expect(protectOfficeFile(plain, '')).rejects.toThrow('empty')
    await expect(protectOfficeFile(plain, 'x'.repeat(256))).rejects.toThrow('tooLong')
  })
})

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}
