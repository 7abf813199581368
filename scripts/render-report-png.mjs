// Renders pages of a report to PNG, to look at them as a reader would:
//   node scripts/render-report-png.mjs <report.xlsx|report.docx|report.pdf> [--out <dir>]
//        [--sheets <name,name>] [--pages 1-3,8] [--dpi N]
// LibreOffice (headless, a throw-away profile) prints a workbook or a Word report to PDF, as
// `report --format pdf` does; a PDF (the print view's) is used as it is. pdftoppm then writes the
// chosen pages:
// - a workbook: the pages of the chosen sheets (default: the first two, Cover and Summary), matched
//   to sheets by the sheet name every page header prints, as <name>-<sheet>-<n>.png (dpi 80);
// - a .docx or .pdf: the chosen pages (default: all) as <name>-<page>.png (dpi 60).
// Needs soffice (Debian: libreoffice-calc, libreoffice-writer) and poppler-utils.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const USAGE =
  'usage: node scripts/render-report-png.mjs <report.xlsx|report.docx|report.pdf> [--out dir] [--sheets a,b] [--pages 1-3,8] [--dpi N]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'report-png' },
    sheets: { type: 'string' },
    pages: { type: 'string' },
    dpi: { type: 'string' }
  }
})
const input = positionals.length === 1 ? resolve(positionals[0]) : null
const kind = extname(input ?? '').toLowerCase()
if (input === null || !['.xlsx', '.docx', '.pdf'].includes(kind)) {
  console.error(USAGE)
  process.exit(1)
}
const outDir = resolve(values.out)
mkdirSync(outDir, { recursive: true })
const stem = basename(input, extname(input))
const dpi = values.dpi ?? (kind === '.xlsx' ? '80' : '60')

/** The file as PDF: LibreOffice converts a workbook or document in a fresh profile. */
function asPdf(work) {
  if (kind === '.pdf') return input
  // A fresh profile: no dialogs, no state from earlier runs, nothing left behind.
  const copy = join(work, `${stem}${kind}`)
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
  return join(work, `${stem}.pdf`)
}

const render = (pdf, page, target) =>
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    dpi,
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    target
  ])

/** A workbook's pages of the wanted sheets, by the sheet name in each page's header. */
async function sheetPages(pdf, pageCount) {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(input)
  const names = workbook.worksheets.map((sheet) => sheet.name)
  const wanted = values.sheets ? values.sheets.split(',') : names.slice(0, 2)
  const targets = []
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
    targets.push({ page, target: join(outDir, `${stem}-${sheet}-${n}`) })
  }
  if (targets.length === 0)
    console.error(`no pages found for sheets ${wanted.join(', ')} (of ${names.join(', ')})`)
  return targets
}

/** A document's chosen pages (`1-3,8`; default all). */
function documentPages(pageCount) {
  const pages = new Set()
  for (const part of (values.pages ?? `1-${pageCount}`).split(',')) {
    const [from, to = from] = part.split('-').map(Number)
    for (let page = from; page <= Math.min(to, pageCount); page++) pages.add(page)
  }
  return [...pages].map((page) => ({
    page,
    target: join(outDir, `${stem}-${String(page).padStart(2, '0')}`)
  }))
}

const work = mkdtempSync(join(tmpdir(), 'render-report-'))
try {
  const pdf = asPdf(work)
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1] ?? 0
  )
  const targets = kind === '.xlsx' ? await sheetPages(pdf, pageCount) : documentPages(pageCount)
  for (const { page, target } of targets) render(pdf, page, target)
  const written = targets.map(({ target }) => `${target}.png`)
  writeFileSync(join(outDir, `${stem}.pages.txt`), `${written.join('\n')}\n`)
  for (const file of written) console.log(file)
  console.log(`${written.length} of ${pageCount} pages written to ${outDir}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
