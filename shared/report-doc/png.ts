import { zlibSync } from 'fflate'
import { crc32 } from '../zip/crc32'
import { concatBytes } from '../util/concat-bytes'

/**
 * Level 4: on a QR code's rows (each repeated `scale` times) level 9 chases long match chains and
 * gains nothing — on the cover's code 7.7 ms for 536 bytes against 2.2 ms for 492 (fflate).
 */
const DEFLATE_LEVEL = 4

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/**
 * A black-and-white bitmap (rows of '1' dark / '0' light, e.g. a QR code) as a 1-bit greyscale
 * PNG, each module drawn as `scale` × `scale` pixels. A few lines of pure code instead of a
 * rasterizer: a module grid has no text or curves to draw. One bit a pixel (eight to a byte)
 * keeps the data to deflate small: an 8-bit image at level 9 took a tenth of the Word report's
 * write time (issue 13's benchmark).
 */
export function bitmapPng(rows: readonly string[], scale: number): Uint8Array<ArrayBuffer> {
  const width = (rows[0]?.length ?? 0) * scale
  const height = rows.length * scale
  const stride = Math.ceil(width / 8) + 1 // a filter byte, then the pixels, most significant bit first
  const raw = new Uint8Array(stride * height) // filter 0 (none) on every line
  rows.forEach((row, r) => {
    const line = new Uint8Array(stride)
    for (let x = 0; x < width; x++) {
      const at = 1 + (x >> 3)
      if (row[Math.floor(x / scale)] !== '1') line[at] = (line[at] ?? 0) | (0x80 >> (x & 7)) // light
    }
    for (let dy = 0; dy < scale; dy++) raw.set(line, (r * scale + dy) * stride)
  })
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([1, 0, 0, 0, 0], 8) // 1-bit, greyscale, deflate, no filter method, no interlace
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: DEFLATE_LEVEL })),
    chunk('IEND', new Uint8Array(0))
  ]
  return concatBytes(parts)
}
