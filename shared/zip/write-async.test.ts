import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sameBytes } from '../package/test-support'
import { crc32 } from './crc32'
import { nativeDeflateRaw, nativeDeflateRawWithCrc } from './deflate-native'
import { openZip } from './open'
import { anythingSpec } from './testing/specs'
import { writeZip, writeZipAsync } from './write'

/** Name, method, CRC and real size of each entry, as our hardened reader sees them. */
function directory(zip: Uint8Array) {
  const opened = openZip(zip, anythingSpec)
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues))
  return opened.value.map(({ entry }) => [
    entry.name,
    entry.method,
    entry.crc32,
    entry.uncompressedSize
  ])
}

describe('writeZipAsync (the platform deflate)', () => {
  let seed = 11
  const noise = Uint8Array.from(
    { length: 300 * 1024 },
    () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24
  )
  const files = [
    { name: 'manifest.json', data: strToU8('{"a":1}'), deflate: true },
    {
      name: 'assessments/a.json',
      data: strToU8(
        Array.from({ length: 3000 }, (_, i) => `答案 ${(i * 7919) % 10007}\n`).join('')
      ),
      deflate: true
    },
    { name: 'evidence/raw', data: strToU8('short'), deflate: true },
    { name: 'evidence/scan', data: noise, deflate: true },
    { name: 'evidence/kept', data: strToU8('y'.repeat(4000)), deflate: false },
    { name: 'too-dense.json', data: strToU8('z'.repeat(200_000)), deflate: true }
  ]
  const options = { maxRatio: 100, ratioFloorBytes: 1000 }

  it('runs here on the platform zlib, not on the fallback', () => {
    expect(nativeDeflateRaw()).not.toBeNull()
    expect(nativeDeflateRawWithCrc()).not.toBeNull()
  })

  it("takes each deflated entry's CRC from gzip: the raw deflate's very bytes, and crc32's number", async () => {
    const raw = nativeDeflateRaw()!
    const withCrc = nativeDeflateRawWithCrc()!
    for (const { data } of files) {
      const both = await withCrc(data)
      expect(both).not.toBeNull()
      expect(sameBytes(both!.body, await raw(data))).toBe(true)
      expect(both!.crc).toBe(crc32(data))
    }
  })

  it('writes the same entries as writeZip: names, order, stored or deflated, CRCs, contents', async () => {
    const zip = await writeZipAsync(files, options)
    const sync = writeZip(files, options)
    expect(directory(zip)).toEqual(directory(sync))
    // Text deflated; tiny, incompressible, not-to-deflate and over-dense entries stored.
    expect(directory(zip).map(([, method]) => method)).toEqual([0, 8, 0, 0, 0, 0])
    const read = unzipSync(zip)
    for (const file of files) expect(sameBytes(read[file.name], file.data)).toBe(true)
    expect(sameBytes(await writeZipAsync(files, options), zip)).toBe(true)
  })
})
