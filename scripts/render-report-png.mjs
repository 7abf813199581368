// Renders sheets of a report workbook to PNG, as a manager would see them printed:
//   node scripts/render-report-png.mjs <report.xlsx> [--out <dir>] [--sheets <name,name>] [--dpi 80]
// LibreOffice (headless, a throw-away profile) prints the workbook to PDF with each sheet's page
// setup; pdftoppm turns the pages of the chosen sheets (default: the first two, Cover and
// Summary) into PNGs named <workbook>-<sheet>-<page>.png. Pages are matched to sheets by the
// sheet name the report prints in every page header. Needs soffice and pdftoppm
// (Debian: libreoffice-calc, poppler-utils).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import ExcelJS from 'exceljs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'report-png' },
    sheets: { type: 'string' },
    dpi: { type: 'string', default: '80' }
  }
})
if (positionals.length !== 1) {
  console.error(
    'usage: node scripts/render-report-png.mjs <report.xlsx> [--out dir] [--sheets a,b] [--dpi 80]'
  )
  process.exit(1)
}
const input = resolve(positionals[0])
const outDir = resolve(values.out)
mkdirSync(outDir, { recursive: true })

const workbook = new ExcelJS.Workbook()
await workbook.xlsx.readFile(input)
const names = workbook.worksheets.map((sheet) => sheet.name)
const wanted = values.sheets ? values.sheets.split(',') : names.slice(0, 2)

const work = mkdtempSync(join(tmpdir(), 'render-report-'))
try {
  // A fresh profile: no dialogs, no state from earlier runs, nothing left behind.
  const profile = join(work, 'profile')
  const stem = basename(input).replace(/\.xlsx$/i, '')
  const copy = join(work, `${stem}.xlsx`)
  copyFileSync(input, copy)
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      copy
    ],
    { stdio: 'pipe', timeout: 120_000 }
  )
  const pdf = join(work, `${stem}.pdf`)
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0
  )
  const written = []
  const seen = new Map()
  for (let page = 1; page <= pageCount; page++) {
    const text = execFileSync('pdftotext', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-layout',
      pdf,
      '-'
    ]).toString()
    const header = text.split('\n').slice(0, 3).join(' ')
    const sheet = wanted.find((name) => header.includes(name))
    if (sheet === undefined) continue
    const n = (seen.get(sheet) ?? 0) + 1
    seen.set(sheet, n)
    const target = join(outDir, `${stem}-${sheet}-${n}`)
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      values.dpi,
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      target
    ])
    written.push(`${target}.png`)
  }
  writeFileSync(join(outDir, `${stem}.pages.txt`), `${written.join('\n')}\n`)
  for (const file of written) console.log(file)
  if (written.length === 0)
    console.error(`no pages found for sheets ${wanted.join(', ')} (of ${names.join(', ')})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
