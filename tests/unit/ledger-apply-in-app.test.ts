import 'fake-indexeddb/auto'
import { readFile, writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { parseAssessmentJson } from '../../shared/assessment'
import { readRegisterFile } from '../../shared/registers/read-file'
import { filledTemplate } from '../../shared/registers/test-support'
import { fileInRegisterScope, loadedBank11 } from '../../shared/testing/registers-sample'
import { cliIn, newestBankPath, temporaryFolder, words } from '../../electron/cli/test-support'
import type { StabilityDatabase } from '../../renderer/src/db/database'
import { freshDatabases } from '../../renderer/src/db/test-support'
import { importAssessment } from '../../renderer/src/db/repos/import-assessment'
import { importRegisters, readRegisters } from '../../renderer/src/db/repos/registers'
import { measureRegisters } from '../../renderer/src/features/registers/measure-registers'

/*
 * `ledger apply` stores the registers as the app does: the file it writes, opened through the
 * app's reader, holds the same registers (rows, file name, SHA-256, import time), the same
 * figures in the factor entries and the same counted and excluded rows as an import of the same
 * file on the factors screen; and `report` of it writes the 台账明细 sheet.
 */
vi.setConfig({ testTimeout: 90_000 })
const tempPath = temporaryFolder()
const run = cliIn(tempPath)
const { bank, ref } = loadedBank11()
const now = new Date('2026-12-07T03:00:00.000Z')

const databases = freshDatabases('ledger-apply-in-app')
const freshDb = () => databases.open([{ bank, ref }], now)

/** The sample of bank 1.1.0 over the registers' period, with the registers' three systems. */
async function writeAssessment(): Promise<void> {
  expect((await run('sample', '--bank', newestBankPath, '--out', 'plain.json')).code).toBe(0)
  const text = fileInRegisterScope(await readFile(tempPath('plain.json'), 'utf8'))
  await writeFile(tempPath('a.json'), text)
}

async function openInApp(db: StabilityDatabase, name: string): Promise<string> {
  const parsed = parseAssessmentJson(await readFile(tempPath(name), 'utf8'))
  if (!parsed.ok) throw new Error(`${name} does not read: ${JSON.stringify(parsed.issues)}`)
  const outcome = await importAssessment(
    db,
    parsed.value.assessment,
    { by: '王芳', fileName: name },
    now
  )
  if (!outcome.ok) throw new Error(`${name} is refused: ${outcome.reason}`)
  return outcome.id
}

/** Every factor entry's figures (firm-wide and per key system), without who and when. */
async function figures(db: StabilityDatabase, id: string) {
  const rows = await db.factorInputs.where('assessmentId').equals(id).toArray()
  return Object.fromEntries(
    rows.map((row) => [row.factorId, { values: row.values, bySystem: row.bySystem ?? {} }])
  )
}

/** Per computed input: how many rows it counted and excluded, and why, over the stored registers. */
async function countedRows(db: StabilityDatabase, id: string) {
  const stored = await readRegisters(db, id)
  const assessment = await db.assessments.get(id)
  const tables = stored!.registers.map((r) => r.table)
  return measureRegisters(bank, assessment!.metadata, tables).computed.map((input) => ({
    figure: `${input.factorId}.${input.inputId}`,
    counted: input.figure.pooled.counted.map((r) => `${r.register}:${r.row}`),
    excluded: input.figure.pooled.excluded.map((r) => `${r.register}:${r.row}:${r.reason}`)
  }))
}

describe('ledger apply, then the file opened in the app', () => {
  it('gives the registers, figures and rows an import in the app gives', async () => {
    await writeAssessment()
    const bytes = await filledTemplate()
    await writeFile(tempPath('filled.xlsx'), bytes)
    const applied = await run(...words('ledger apply a.json filled.xlsx --out b.json --by 王审计'))
    expect(applied.err).toBe('')
    expect(applied.code).toBe(0)

    // The command line's file, opened through the app's reader.
    const viaCli = await freshDb()
    const cliId = await openInApp(viaCli, 'b.json')
    const cliRegisters = await readRegisters(viaCli, cliId)
    expect(cliRegisters?.registers.map((r) => [r.table.kind, r.table.rows.length])).toEqual([
      ['systems', 3],
      ['incidents', 37],
      ['changes', 11],
      ['drills', 4],
      ['stressTests', 3]
    ])

    // The app's own import of the same file into the same assessment (read at the same time).
    const viaApp = await freshDb()
    const appId = await openInApp(viaApp, 'a.json')
    const importedAt = cliRegisters!.registers[0]!.source.importedAt
    const read = await readRegisterFile('filled.xlsx', bytes, { importedAt })
    if (!read.ok) throw new Error('the known registers do not read')
    const assessment = await viaApp.assessments.get(appId)
    const { writes } = measureRegisters(bank, assessment!.metadata, read.value.tables)
    const change = { source: read.value.source, incoming: read.value.tables, writes }
    await importRegisters(viaApp, appId, change, '王审计', now)

    const { assessmentId: _a, ...appStored } = (await readRegisters(viaApp, appId))!
    const { assessmentId: _c, ...cliStored } = cliRegisters!
    expect(cliStored).toEqual(appStored)
    expect(await figures(viaCli, cliId)).toEqual(await figures(viaApp, appId))
    const rows = await countedRows(viaCli, cliId)
    expect(rows).toEqual(await countedRows(viaApp, appId))
    // The figures and rows are the known ones, not merely equal.
    const f01 = rows.find((r) => r.figure === 'F01.N_mon')!
    expect([f01.counted.length, f01.excluded.length]).toEqual([29, 8])
    expect((await figures(viaCli, cliId)).F16!.bySystem['sys-1']).toMatchObject({
      T_down_trading: 116
    })

    // `report` of the command line's file writes the 台账明细 sheet with the file's SHA-256.
    const made = await run('report', 'b.json', '-o', 'b.xlsx')
    expect(made.err).toBe('')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await readFile(tempPath('b.xlsx'))) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('台账明细')
    expect(sheet).toBeDefined()
    let text = ''
    sheet!.eachRow((row) => void (text += `${JSON.stringify(row.values)}\n`))
    expect(text).toContain(read.value.source.sha256)
    expect(text).toContain('N_mon')
  })
})
