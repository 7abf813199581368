// `npm run icons`: renders resources/icons/icon.svg (the one source image) with Debian's Chromium
// and writes the icons electron-builder packs (electron-builder.yml), all committed:
//   icon.png   512×512 (Linux; electron-builder derives the smaller sizes)
//   icon.ico   16…256 px, PNG-compressed entries (Windows exe, installer, shortcuts)
//   icon.icns  16@2x…512@2x (macOS)
//   icon-source.json  the SHA-256 of icon.svg they were made from (tests/unit/icons.test.ts checks
//                     that the committed icons were regenerated after the last edit of the SVG)
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const ICONS = fileURLToPath(new URL('../resources/icons/', import.meta.url))
const SOURCE = join(ICONS, 'icon.svg')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
// ICNS element types holding PNG data, by pixel size (Apple's "icns" format; ic11–ic14 are @2x).
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024]
]

/** PNG renderings of the SVG, keyed by size, with a transparent background. */
async function render(svg, sizes) {
  const browser = await chromium.launch({ executablePath: CHROMIUM })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    const pngs = new Map()
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`
      )
      await page.locator('img').evaluate((img) => img.decode())
      pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }))
    }
    return pngs
  } finally {
    await browser.close()
  }
}

/** ICO: 6-byte header, one 16-byte directory entry per image, then the PNG data. */
function ico(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(([size, png]) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0) // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)])
}

/** ICNS: 'icns' + total length, then elements of type (4 chars) + length (incl. 8-byte head) + PNG. */
function icns(elements) {
  const parts = elements.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(body.length + 8, 4)
  return Buffer.concat([head, body])
}

const svg = readFileSync(SOURCE)
const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size), 512])]
const pngs = await render(svg.toString('utf8'), sizes)

writeFileSync(join(ICONS, 'icon.png'), pngs.get(512))
writeFileSync(join(ICONS, 'icon.ico'), ico(ICO_SIZES.map((size) => [size, pngs.get(size)])))
writeFileSync(
  join(ICONS, 'icon.icns'),
  icns(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size)]))
)
const sha256 = createHash('sha256').update(svg).digest('hex')
writeFileSync(
  join(ICONS, 'icon-source.json'),
  `${JSON.stringify({ source: 'icon.svg', sha256 }, null, 2)}\n`
)
console.log(`icons: wrote icon.png, icon.ico, icon.icns from icon.svg (${sha256.slice(0, 12)}…)`)
