import { encode } from 'uqr'

/**
 * The QR code of a text (the cover's content hash) as rows of modules, '1' dark, with the
 * standard 4-module quiet zone. `uqr` is a small, pure encoder (no DOM, no Node), so the same
 * code runs in the renderer and the command line; error correction M survives a smudged print.
 */
export function qrRows(text: string): { size: number; rows: string[] } {
  const qr = encode(text, { ecc: 'M', border: 4 })
  return {
    size: qr.size,
    rows: qr.data.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''))
  }
}
