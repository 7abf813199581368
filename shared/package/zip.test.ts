import { Zip, ZipDeflate, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32 } from './crc32'
import { DEFAULT_PACKAGE_LIMITS } from './limits'
import { deflatedEntry, forgeZip, storedEntry, zeroBombStream } from './zip-forge'
import { inflateEntry } from './zip-inflate'
import type { ZipEntry } from './zip-read'
import { readZipDirectory } from './zip-read'
import { writeZip } from './zip-write'
import { sameBytes } from './test-support'

const limits = DEFAULT_PACKAGE_LIMITS
const text = (s: string): Uint8Array => strToU8(s)

function entries(zip: Uint8Array): ZipEntry[] {
  const result = readZipDirectory(zip, limits)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

function contents(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    entries(zip).map((entry) => {
      const data = inflateEntry(zip, entry)
      if (typeof data === 'string') throw new Error(data)
      return [entry.name, new TextDecoder().decode(data)]
    })
  )
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
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
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0)
    expect(contents(bytes)).toEqual({ 'streamed.txt': 'streamed '.repeat(50) })
  })
})

describe('inflateEntry enforces the real size', () => {
  it('stops a stream that inflates past its declared size, without inflating it all', () => {
    const bomb = { ...deflatedEntry('x', new Uint8Array(0)), body: zeroBombStream(64), size: 1000 }
    const zip = forgeZip([bomb])
    const [entry] = entries(zip)
    const started = performance.now()
    expect(inflateEntry(zip, entry!)).toMatch(/inflates to more than its declared 1000 bytes/)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('refuses a stream shorter than declared, a damaged stream and a wrong CRC', () => {
    const plain = text('abc'.repeat(100))
    const short = forgeZip([{ ...deflatedEntry('x', plain), size: plain.length + 1 }])
    expect(inflateEntry(short, entries(short)[0]!)).toMatch(/not the declared/)
    const good = deflatedEntry('x', plain)
    const damaged = forgeZip([{ ...good, body: good.body.slice(0, 5) }])
    expect(inflateEntry(damaged, entries(damaged)[0]!)).toMatch(/damaged/)
    const crc = forgeZip([{ ...storedEntry('x', plain), crc: 1 }])
    expect(inflateEntry(crc, entries(crc)[0]!)).toMatch(/CRC-32 does not match/)
  })
})
