/**
 * LibreOffice as an independent spreadsheet engine for the report tests. A fresh user profile
 * whose registrymodifications.xcu sets OOXMLRecalcMode = 0 makes LibreOffice recalculate every
 * formula when it loads an .xlsx (its default trusts the stored results); converting to .xlsx
 * then writes the recalculated results, which the tests compare with the ones we stored.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'

/** The soffice executable on PATH, or null (the tests then skip, saying why). */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice')
    if (dir !== '' && existsSync(candidate)) return candidate
  }
  return null
}

/**
 * The LibreOffice tests' stand-in where soffice is missing (`title` names them): in CI a failure,
 * since .ci/run installs it; elsewhere a skip that says why.
 */
export function withoutSoffice(title: string): void {
  describe.runIf(findSoffice() === null)(title, () => {
    if (process.env.CI === 'true')
      it('needs soffice on PATH (.ci/run installs libreoffice-calc)', () => {
        expect(findSoffice(), 'soffice on PATH').not.toBeNull()
      })
    else
      it.skip('skipped: soffice is not on PATH (CI installs libreoffice-calc; see .ci/run)', () => {})
  })
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

/**
 * Opens each workbook in LibreOffice (one headless process for all, recalculating on load) and
 * returns the re-saved .xlsx bytes by name.
 */
export function recalculateWithLibreOffice(
  soffice: string,
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>
): Map<string, Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'report-lo-'))
  try {
    const profile = join(work, 'profile')
    mkdirSync(join(profile, 'user'), { recursive: true })
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS)
    const inDir = join(work, 'in')
    const outDir = join(work, 'out')
    mkdirSync(inDir)
    mkdirSync(outDir)
    const paths = files.map((file) => {
      const path = join(inDir, `${file.name}.xlsx`)
      writeFileSync(path, file.bytes)
      return path
    })
    const run = spawnSync(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...paths
      ],
      { encoding: 'utf8', timeout: 300_000 }
    )
    const out = new Map<string, Uint8Array>()
    for (const file of files) {
      const path = join(outDir, `${file.name}.xlsx`)
      if (!existsSync(path))
        throw new Error(
          `LibreOffice did not convert ${file.name}: ${run.stderr ?? ''} ${run.error?.message ?? ''}`
        )
      out.set(file.name, new Uint8Array(readFileSync(path)))
    }
    return out
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export type CellResult = number | string | boolean

export interface FormulaCell {
  sheet: string
  address: string
  formula: string
  result: CellResult
}

/** Every formula cell of a workbook with its stored result ('' where the result is empty). */
export async function formulaCells(bytes: Uint8Array): Promise<FormulaCell[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const cells: FormulaCell[] = []
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return
        const raw = cell.result as unknown
        const result =
          typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean' ? raw : ''
        cells.push({ sheet: sheet.name, address: cell.address, formula: cell.formula, result })
      })
    )
  }
  return cells
}

/** Equal within 1e-9 relative (absolute below 1), strings and booleans exactly. */
export function sameResult(a: CellResult, b: CellResult): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
  return a === b
}

export interface Comparison {
  compared: number
  mismatches: string[]
}

/** Compares every formula cell's stored result with LibreOffice's recalculated one. */
export async function compareResults(
  original: Uint8Array,
  recalculated: Uint8Array
): Promise<Comparison> {
  const before = await formulaCells(original)
  const after = new Map(
    (await formulaCells(recalculated)).map((c) => [`${c.sheet}!${c.address}`, c])
  )
  const mismatches: string[] = []
  for (const cell of before) {
    const other = after.get(`${cell.sheet}!${cell.address}`)
    if (other === undefined) mismatches.push(`${cell.sheet}!${cell.address}: no longer a formula`)
    else if (!sameResult(cell.result, other.result))
      mismatches.push(
        `${cell.sheet}!${cell.address}: stored ${JSON.stringify(cell.result)}, LibreOffice ${JSON.stringify(other.result)} — ${cell.formula.slice(0, 160)}`
      )
  }
  return { compared: before.length, mismatches }
}
