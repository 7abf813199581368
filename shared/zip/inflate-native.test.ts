import { describe, expect, it } from 'vitest'
import { sameBytes } from '../package/test-support'
import { createPrng } from '../util/prng'
import { inflateEntry, inflateEntryAsync } from './inflate'
import { openZip } from './open'
import type { ZipEntry } from './read'
import { deflatedEntry, forgeZip, storedEntry, zeroBombStream } from './testing/forge'
import { anythingSpec } from './testing/specs'

/** Text that deflates to well over the size from which the platform inflates (2 KiB). */
function largeText(): Uint8Array {
  const prng = createPrng(7)
  const words = ['评估', 'failover', '红线', 'vendor', 'exit', '系统', 'plan', '0.5']
  const parts: string[] = []
  for (let i = 0; i < 80_000; i++) parts.push(prng.pick(words))
  return new TextEncoder().encode(parts.join(' '))
}

function onlyEntry(zip: Uint8Array): ZipEntry {
  const result = openZip(zip, anythingSpec)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value[0]!.entry
}

/** Both inflaters' answers: bytes, or the problem's code and English text. */
async function both(zip: Uint8Array) {
  const entry = onlyEntry(zip)
  expect(entry.compressedSize).toBeGreaterThan(2 * 1024)
  const show = (out: Uint8Array | { code: string; message: string }) =>
    out instanceof Uint8Array ? out : out.code
  return { sync: show(inflateEntry(zip, entry)), native: show(await inflateEntryAsync(zip, entry)) }
}

describe('inflateEntryAsync (the platform inflate) refuses what inflateEntry refuses', () => {
  const plain = largeText()
  const good = deflatedEntry('x', plain)

  it('gives the same bytes for a valid entry', async () => {
    const { sync, native } = await both(forgeZip([good]))
    expect(sameBytes(native as Uint8Array, plain)).toBe(true)
    expect(sameBytes(sync as Uint8Array, plain)).toBe(true)
  })

  it('stops a stream that inflates past its declared size', async () => {
    const bomb = { ...deflatedEntry('x', new Uint8Array(0)), body: zeroBombStream(64), size: 1000 }
    expect(await both(forgeZip([bomb]))).toEqual({
      sync: 'zip.inflateBomb',
      native: 'zip.inflateBomb'
    })
    const over = { ...good, size: plain.length - 1 }
    expect(await both(forgeZip([over]))).toEqual({
      sync: 'zip.inflateBomb',
      native: 'zip.inflateBomb'
    })
  })

  it('refuses a stream shorter than declared, a damaged or cut stream and a wrong CRC', async () => {
    const short = { ...good, size: plain.length + 1 }
    expect(await both(forgeZip([short]))).toEqual({
      sync: 'zip.inflateShort',
      native: 'zip.inflateShort'
    })
    const cut = { ...good, body: good.body.slice(0, good.body.length - 100) }
    expect(await both(forgeZip([cut]))).toEqual({
      sync: 'zip.inflateDamaged',
      native: 'zip.inflateDamaged'
    })
    const body = good.body.slice()
    body.fill(0xff, 20_000, 20_040)
    const damaged = await both(forgeZip([{ ...good, body }]))
    expect(damaged.native).toBe(damaged.sync)
    expect(damaged.native).toMatch(/^zip\.(inflateDamaged|inflateShort|inflateBomb|crc)$/)
    expect(await both(forgeZip([{ ...good, crc: (good.crc! + 1) >>> 0 }]))).toEqual({
      sync: 'zip.crc',
      native: 'zip.crc'
    })
    const stored = forgeZip([{ ...storedEntry('x', plain), crc: 1 }])
    expect((await inflateEntryAsync(stored, onlyEntry(stored))) as { code: string }).toMatchObject({
      code: 'zip.crc'
    })
  })
})

describe('inflateEntryAsync of an entry of a few KiB (a backup’s package)', () => {
  // About 12 KiB deflated, as each assessment's package in a backup of the data bench.
  const plain = largeText().subarray(0, 60_000)
  const good = deflatedEntry('x', plain)

  it('is inflated by the platform, its CRC-32 and size checked there, refusing as inflateEntry does', async () => {
    expect(good.body.length).toBeGreaterThan(2 * 1024)
    expect(good.body.length).toBeLessThan(32 * 1024)
    const { sync, native } = await both(forgeZip([good]))
    expect(sameBytes(native as Uint8Array, plain)).toBe(true)
    expect(sameBytes(sync as Uint8Array, plain)).toBe(true)
    for (const crc of [(good.crc! + 1) >>> 0, (good.crc! ^ 0x80000000) >>> 0, 0])
      expect(await both(forgeZip([{ ...good, crc }]))).toEqual({
        sync: 'zip.crc',
        native: 'zip.crc'
      })
    expect(await both(forgeZip([{ ...good, size: plain.length + 1 }]))).toEqual({
      sync: 'zip.inflateShort',
      native: 'zip.inflateShort'
    })
    expect(await both(forgeZip([{ ...good, size: plain.length - 1 }]))).toEqual({
      sync: 'zip.inflateBomb',
      native: 'zip.inflateBomb'
    })
    // Bytes after the end of the deflate stream: refused alike, never taken for the trailer.
    const body = Uint8Array.from([...good.body, ...new Uint8Array(8)])
    const junk = await both(forgeZip([{ ...good, body }]))
    expect(junk.native).toEqual(junk.sync)
  })

  it('gives the bytes or the same refusal as inflateEntry for every flipped bit it is tried with', async () => {
    for (let at = 0; at < good.body.length; at += 97) {
      const body = good.body.slice()
      body[at]! ^= 1 << (at % 8)
      const { sync, native } = await both(forgeZip([{ ...good, body }]))
      expect(native instanceof Uint8Array ? sameBytes(native, plain) : native).toEqual(
        sync instanceof Uint8Array ? sameBytes(sync, plain) : sync
      )
    }
  })
})

describe('inflateEntry of an entry that fits one input slice (inflated in one call)', () => {
  const prng = createPrng(15)
  // Half random, half text, as evidence files in the data bench: about 700 bytes deflated.
  const plain = Uint8Array.from({ length: 1024 }, (_, i) =>
    i % 2 === 0 ? prng.int(0, 255) : 97 + (i % 26)
  )
  const good = deflatedEntry('x', plain)
  const verdict = (entry: typeof good) => {
    const zip = forgeZip([entry])
    const out = inflateEntry(zip, onlyEntry(zip))
    return out instanceof Uint8Array ? out : out.code
  }

  it('gives the bytes, or the same refusals as a stream of many slices', () => {
    expect(good.body.length).toBeLessThanOrEqual(2 * 1024)
    expect(sameBytes(verdict(good) as Uint8Array, plain)).toBe(true)
    expect(verdict({ ...good, size: plain.length - 1 })).toBe('zip.inflateBomb')
    expect(verdict({ ...good, size: plain.length + 1 })).toBe('zip.inflateShort')
    expect(verdict({ ...good, body: good.body.slice(0, good.body.length - 50) })).toBe(
      'zip.inflateDamaged'
    )
    const bomb = { ...deflatedEntry('x', new Uint8Array(0)), body: zeroBombStream(1), size: 10 }
    expect(verdict(bomb)).toBe('zip.inflateBomb')
    expect(verdict({ ...good, crc: (good.crc! + 1) >>> 0 })).toBe('zip.crc')
    // Every single-byte change: the plain bytes back (CRC and size hold), or a coded refusal.
    for (let at = 0; at < good.body.length; at += 7) {
      const body = good.body.slice()
      body[at]! ^= 1 << (at % 8)
      const out = verdict({ ...good, body })
      if (out instanceof Uint8Array) expect(sameBytes(out, plain)).toBe(true)
      else expect(out).toMatch(/^zip\.(inflateDamaged|inflateShort|inflateBomb|crc)$/)
    }
  })
})
