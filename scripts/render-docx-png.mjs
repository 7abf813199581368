// Renders pages of a Word report (or its PDF) to PNG, to look at them as a reader would:
//   node scripts/render-docx-png.mjs <report.docx|report.pdf> [--out <dir>] [--pages 1-3,8] [--dpi 60]
// A .docx is converted to PDF by LibreOffice (headless, a throw-away profile), as `report
// --format pdf` does; pdftoppm then writes <name>-<page>.png for the chosen pages (default: all).
// Needs soffice for .docx and pdftoppm/pdfinfo (Debian: libreoffice-writer, poppler-utils).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'report-png' },
    pages: { type: 'string' },
    dpi: { type: 'string', default: '60' }
  }
})
if (positionals.length !== 1) {
  console.error(
    'usage: node scripts/render-docx-png.mjs <report.docx|report.pdf> [--out dir] [--pages 1-3,8] [--dpi 60]'
  )
  process.exit(1)
}
const input = resolve(positionals[0])
const outDir = resolve(values.out)
mkdirSync(outDir, { recursive: true })
const stem = basename(input, extname(input))
const work = mkdtempSync(join(tmpdir(), 'render-docx-'))
try {
  let pdf = input
  if (extname(input).toLowerCase() === '.docx') {
    const copy = join(work, `${stem}.docx`)
    copyFileSync(input, copy)
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        copy
      ],
      { stdio: 'pipe', timeout: 300_000 }
    )
    pdf = join(work, `${stem}.pdf`)
  }
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0)
  const pages = new Set()
  for (const part of (values.pages ?? `1-${count}`).split(',')) {
    const [from, to = from] = part.split('-').map(Number)
    for (let page = from; page <= Math.min(to, count); page++) pages.add(page)
  }
  for (const page of pages)
    execFileSync('pdftoppm', [
      '-r',
      values.dpi,
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      join(outDir, `${stem}-${String(page).padStart(2, '0')}`)
    ])
  console.log(`${pages.size} of ${count} pages written to ${outDir}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
