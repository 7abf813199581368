import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The committed app icons (electron-builder.yml: win/mac/linux.icon) are the ones
 * scripts/make-icons.mjs renders from resources/icons/icon.svg, in the sizes each platform needs.
 */

const ICONS = resolve(import.meta.dirname, '../../resources/icons')
const read = (name: string): Buffer => readFileSync(join(ICONS, name))
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true)
  return [png.readUInt32BE(16), png.readUInt32BE(20)]
}

describe('app icons', () => {
  it('were generated from the current icon.svg (run `npm run icons` after editing it)', () => {
    const recorded = JSON.parse(read('icon-source.json').toString('utf8')) as { sha256: string }
    expect(createHash('sha256').update(read('icon.svg')).digest('hex')).toBe(recorded.sha256)
  })

  it('icon.png is 512×512 (Linux)', () => {
    expect(pngSize(read('icon.png'))).toEqual([512, 512])
  })

  it('icon.ico holds 16…256 px PNG images (Windows)', () => {
    const ico = read('icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)
      )
      const [width, height] = pngSize(image)
      expect(ico.readUInt8(entry) || 256).toBe(width)
      return width === height ? width : -1
    })
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('icon.icns holds the macOS sizes up to 512@2x', () => {
    const icns = read('icon.icns')
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const elements: Record<string, number> = {}
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const data = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4))
      elements[icns.toString('ascii', offset, offset + 4)] = pngSize(data)[0]
    }
    expect(elements).toEqual({
      ic11: 32,
      ic12: 64,
      ic07: 128,
      ic13: 256,
      ic08: 256,
      ic14: 512,
      ic09: 512,
      ic10: 1024
    })
  })
})
