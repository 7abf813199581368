import { unzlibSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32 } from '../zip/crc32'
import { bitmapPng } from './png'

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const out: Array<{ type: string; data: Uint8Array }> = []
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    expect(view.getUint32(at + 8 + length) >>> 0).toBe(crc32(png.subarray(at + 4, at + 8 + length)))
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) })
    at += 12 + length
  }
  return out
}

describe('bitmapPng', () => {
  it('draws every module as scale × scale pixels, dark black and light white', () => {
    const rows = ['101', '010', '111', '000', '1001100110'.slice(0, 3)]
    const scale = 5 // 15 pixels a line: two bytes, the second partly used
    const parts = chunks(bitmapPng(rows, scale))
    expect(parts.map((p) => p.type)).toEqual(['IHDR', 'IDAT', 'IEND'])
    const header = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset, 13)
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([15, 25])
    expect([...parts[0]!.data.subarray(8)]).toEqual([1, 0, 0, 0, 0]) // 1-bit greyscale
    const raw = unzlibSync(parts[1]!.data)
    const stride = 3
    expect(raw.length).toBe(stride * 25)
    for (let y = 0; y < 25; y++) {
      expect(raw[y * stride]).toBe(0) // filter: none
      for (let x = 0; x < 15; x++) {
        const light = (raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1
        const dark = rows[Math.floor(y / scale)]![Math.floor(x / scale)] === '1'
        expect(light, `pixel ${x},${y}`).toBe(dark ? 0 : 1)
      }
    }
  })
})
