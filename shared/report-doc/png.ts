import { zlibSync } from 'fflate'
import { crc32 } from '../zip/crc32'

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
 * A black-and-white bitmap (rows of '1' dark / '0' light, e.g. a QR code) as an 8-bit grey PNG,
 * each module drawn as `scale` × `scale` pixels. A few lines of pure code instead of a rasterizer:
 * a module grid has no text or curves to draw.
 */
export function bitmapPng(rows: readonly string[], scale: number): Uint8Array<ArrayBuffer> {
  const modules = rows.length
  const width = (rows[0]?.length ?? 0) * scale
  const height = modules * scale
  const raw = new Uint8Array((width + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = rows[Math.floor(y / scale)] ?? ''
    const line = y * (width + 1)
    raw[line] = 0 // filter: none
    for (let x = 0; x < width; x++) raw[line + 1 + x] = row[Math.floor(x / scale)] === '1' ? 0 : 255
  }
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header.set([8, 0, 0, 0, 0], 8) // 8-bit, greyscale, deflate, no filter method, no interlace
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0))
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
