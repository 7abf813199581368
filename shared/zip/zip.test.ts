import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sameBytes } from '../package/test-support'
import { concatBytes } from '../util/concat-bytes'
import { crc32 } from './crc32'
import { inflateEntry } from './inflate'
import { openZip, unzipChecked } from './open'
import type { ZipEntry } from './read'
import { deflatedEntry, forgeZip, storedEntry, zeroBombStream } from './testing/forge'
import { anythingSpec } from './testing/specs'
import { writeZip } from './write'

const text = (s: string): Uint8Array => strToU8(s)

function entries(zip: Uint8Array): ZipEntry[] {
  const result = openZip(zip, anythingSpec)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value.map((planned) => planned.entry)
}

function contents(zip: Uint8Array): Record<string, string> {
  const files = unzipChecked(zip, anythingSpec)
  if (!files.ok) throw new Error(JSON.stringify(files.issues))
  return Object.fromEntries(
    [...files.value].map(([name, { data }]) => [name, new TextDecoder().decode(data)])
  )
}

/** The English text of the problem inflating an entry, or the bytes. */
function inflated(zip: Uint8Array, entry: ZipEntry): Uint8Array | string {
  const data = inflateEntry(zip, entry)
  return data instanceof Uint8Array ? data : data.message
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  /** The definition, a bit at a time: what the sliced tables must reproduce. */
  function bitwiseCrc32(bytes: Uint8Array): number {
    let crc = 0xffffffff
    for (const byte of bytes) {
      crc ^= byte
      for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
    }
    return (crc ^ 0xffffffff) >>> 0
  }

  it('agrees with the bitwise definition over random lengths and offsets (subarrays too)', () => {
    let seed = 15
    const random = (): number =>
      ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24
    const buffer = new Uint8Array(70_000).map(() => Math.floor(random() * 256))
    const lengths = [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 4096, 65_537]
    for (let round = 0; round < 400; round++) lengths.push(Math.floor(random() * 3000))
    for (const length of lengths) {
      const offset = Math.floor(random() * (buffer.length - length + 1))
      const view = buffer.subarray(offset, offset + length)
      expect(crc32(view), `${length} bytes at ${offset}`).toBe(bitwiseCrc32(view))
    }
    const all255 = new Uint8Array(1027).fill(255)
    expect(crc32(all255.subarray(3))).toBe(bitwiseCrc32(all255.subarray(3)))
  })
})

describe('writeZip', () => {
  const files = [
    { name: 'manifest.json', data: text('{"a":1}'), deflate: true },
    { name: 'assessments/a.json', data: text('x'.repeat(5000)), deflate: true },
    { name: 'evidence/raw', data: text('short'), deflate: true }
  ]
  const options = { maxRatio: 100, ratioFloorBytes: 1 << 20 }

  it('writes a zip that fflate and our reader both read, entries in the given order', () => {
    const zip = writeZip(files, options)
    expect(Object.keys(unzipSync(zip))).toEqual(files.map((f) => f.name))
    expect(contents(zip)['assessments/a.json']).toBe('x'.repeat(5000))
    expect(entries(zip).map((e) => e.method)).toEqual([0, 8, 0])
  })

  it('gives the same bytes every time, in any time zone (fixed 1980-01-01 stamps)', () => {
    const zip = writeZip(files, options)
    expect(sameBytes(writeZip(files, options), zip)).toBe(true)
    const view = new DataView(zip.buffer)
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21])
  })

  it('stores a large file whose start does not compress; still deflates a large text file', () => {
    let seed = 11
    const noise = Uint8Array.from(
      { length: 300 * 1024 },
      () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24
    )
    const textual = text('稳定性保障 evidence line\n'.repeat(12_000))
    const zip = writeZip(
      [
        { name: 'evidence/scan', data: noise, deflate: true },
        { name: 'evidence/log', data: textual, deflate: true }
      ],
      options
    )
    expect(entries(zip).map((e) => e.method)).toEqual([0, 8])
    const files = unzipSync(zip)
    expect(sameBytes(files['evidence/scan'], noise)).toBe(true)
    expect(sameBytes(files['evidence/log'], textual)).toBe(true)
  })

  it('refuses names that are not printable ASCII', () => {
    expect(() => writeZip([{ name: 'é', data: text(''), deflate: false }], options)).toThrow(
      /not ASCII/
    )
  })
})

describe('readZipDirectory and inflateEntry on zips other tools write', () => {
  it('reads fflate zipSync output', () => {
    const zip = zipSync({ 'a.txt': text('hello'), 'b/c.txt': text('world '.repeat(100)) })
    expect(contents(zip)).toEqual({ 'a.txt': 'hello', 'b/c.txt': 'world '.repeat(100) })
  })

  it('reads streamed entries whose sizes come after the data (data descriptors)', () => {
    const chunks: Uint8Array[] = []
    const zip = new Zip((error, chunk) => {
      if (error) throw error
      chunks.push(chunk)
    })
    const entry = new ZipDeflate('streamed.txt', { level: 6 })
    zip.add(entry)
    entry.push(text('streamed '.repeat(50)), true)
    zip.end()
    expect(contents(concatBytes(chunks))).toEqual({ 'streamed.txt': 'streamed '.repeat(50) })
  })
})

describe('inflateEntry enforces the real size', () => {
  it('stops a stream that inflates past its declared size, without inflating it all', () => {
    // 1 GiB of zeros: inflating it all would take seconds and a gigabyte, so the bound below
    // (loose enough for a loaded machine) still tells stopping early from not stopping.
    const bomb = {
      ...deflatedEntry('x', new Uint8Array(0)),
      body: zeroBombStream(1024),
      size: 1000
    }
    const zip = forgeZip([bomb])
    const [entry] = entries(zip)
    const started = performance.now()
    expect(inflated(zip, entry!)).toMatch(/inflates to more than its declared 1000 bytes/)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refuses a stream shorter than declared, a damaged stream and a wrong CRC', () => {
    const plain = text('abc'.repeat(100))
    const short = forgeZip([{ ...deflatedEntry('x', plain), size: plain.length + 1 }])
    expect(inflated(short, entries(short)[0]!)).toMatch(/not the declared/)
    const good = deflatedEntry('x', plain)
    const damaged = forgeZip([{ ...good, body: good.body.slice(0, 5) }])
    expect(inflated(damaged, entries(damaged)[0]!)).toMatch(/damaged/)
    const crc = forgeZip([{ ...storedEntry('x', plain), crc: 1 }])
    expect(inflated(crc, entries(crc)[0]!)).toMatch(/CRC-32 does not match/)
  })
})
