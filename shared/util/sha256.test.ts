import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json'
import { sha256Hex, utf8Bytes } from './sha256'

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    )
  })

  it('agrees with node:crypto on random strings, including CJK and astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const expected = createHash('sha256').update(text, 'utf8').digest('hex')
        expect(sha256Hex(text)).toBe(expected)
      }),
      { numRuns: 300 }
    )
    expect(sha256Hex('稳定性保障评估工具')).toBe(
      createHash('sha256').update('稳定性保障评估工具', 'utf8').digest('hex')
    )
  })

  it('agrees with node:crypto on bytes across block boundaries', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31) & 255)
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
  })

  it('agrees with node:crypto on every tail length and on a few MiB (the backup hot path)', () => {
    const prng = (seed: number) => () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
    const next = prng(7)
    const big = Uint8Array.from({ length: 3 * 1024 * 1024 + 37 }, next)
    expect(sha256Hex(big)).toBe(createHash('sha256').update(big).digest('hex'))
    for (let length = 0; length <= 200; length++) {
      const bytes = big.subarray(1000 + length, 1000 + 2 * length)
      expect(sha256Hex(bytes), `${length} bytes`).toBe(
        createHash('sha256').update(bytes).digest('hex')
      )
    }
  })

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)])
      }),
      { numRuns: 300 }
    )
    const lone = 'a\uD800b\uDC00c\uD83D'
    expect([...utf8Bytes(lone)]).toEqual([...new TextEncoder().encode(lone)])
  })
})

describe('canonicalJson', () => {
  it('sorts keys and drops undefined members so equal content hashes equally', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe(
      '{"a":[true,null,"x"],"b":1}'
    )
    expect(canonicalJson({ x: { z: 1, y: 2 } })).toBe(canonicalJson({ x: { y: 2, z: 1 } }))
  })

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/non-finite/)
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/)
  })
})
