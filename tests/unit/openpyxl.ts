import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'

/*
 * openpyxl (Debian's python3-openpyxl) as an independent reader of the workbooks we write. Tests
 * that need it skip, saying why, where python3 or openpyxl is missing (never in CI).
 */

const PYTHON = '/usr/bin/python3'
const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' })
const available = probe.status === 0
const reason = available
  ? ''
  : ` (skipped: \`${PYTHON} -c "import openpyxl"\` failed${probe.error ? `: ${probe.error.message}` : ''}; install python3-openpyxl)`

/** A test that runs where openpyxl is installed; its title says why it was skipped elsewhere. */
export function itWithOpenpyxl(title: string, fn: () => Promise<void>, timeout?: number): void {
  it.skipIf(!available && process.env.CI !== 'true')(`${title}${reason}`, fn, timeout)
}

/** What openpyxl saw in one workbook: its sheet names, and per sheet what `perSheet` reports. */
export interface OpenpyxlBook<Sheet> {
  sheetnames: string[]
  sheets: Record<string, Sheet>
}

/**
 * Opens each file with openpyxl.load_workbook and reports, per sheet, the Python expression
 * `perSheet` — a dict over `ws` (the worksheet) and `cells` (all its cells) — as JSON.
 * Returns the books by the names given.
 */
export function readWithOpenpyxl<Sheet>(
  perSheet: string,
  files: Record<string, Uint8Array>,
  /** Read each formula cell's stored result instead of its formula. */
  options: { dataOnly?: boolean } = {}
): Record<string, OpenpyxlBook<Sheet>> {
  const script = `
import json, sys, openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path, data_only=${options.dataOnly ? 'True' : 'False'})
    sheets = {}
    for ws in wb.worksheets:
        cells = [c for row in ws.iter_rows() for c in row]
        sheets[ws.title] = ${perSheet}
    out[path] = {"sheetnames": wb.sheetnames, "sheets": sheets}
print(json.dumps(out, ensure_ascii=False))
`
  const dir = mkdtempSync(join(tmpdir(), 'openpyxl-'))
  try {
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, name)
      writeFileSync(path, bytes)
      return path
    })
    const json = execFileSync(PYTHON, ['-c', script, ...paths], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    })
    const books = JSON.parse(json) as Record<string, OpenpyxlBook<Sheet>>
    return Object.fromEntries(
      Object.entries(books).map(([path, book]) => [path.slice(dir.length + 1), book])
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * openpyxl as a different writer: opens `bytes`, runs `fill` (Python over `wb`, the workbook, with
 * `datetime` imported) and returns the bytes openpyxl saved — as a person's spreadsheet program
 * would hand a filled workbook back.
 */
export function fillWithOpenpyxl(bytes: Uint8Array, fill: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'openpyxl-'))
  try {
    const path = join(dir, 'in.xlsx')
    writeFileSync(path, bytes)
    const script = `
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
${fill}
wb.save(sys.argv[2])
`
    const out = join(dir, 'out.xlsx')
    execFileSync(PYTHON, ['-c', script, path, out], { encoding: 'utf8' })
    return new Uint8Array(readFileSync(out))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
