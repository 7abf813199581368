/**
 * Registers in the scored workbook, recalculated by LibreOffice: the Evaluation factors sheet's
 * inputs that come from registers are formulas pointing at the Registers sheet's figure (the
 * value in force), each figure there a COUNTIFS/SUMIFS over the counted rows listed below it.
 * LibreOffice recalculates every formula on load (a profile forcing it), the result is read back
 * by openpyxl (data_only) and must equal the engine's figures (0 mismatches); a counted row's
 * minutes changed in the workbook carry through the input to the factor's value, as the engine
 * computes it — proof that the figures were recomputed, not read from the stored results.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import type { Bank } from '../../shared/bank/bank'
import {
  assessmentMeasureContext,
  computeInputs,
  figureWrites,
  readRegisterFile,
  type FigureWrite
} from '../../shared/registers'
import { registerSheetInput, type StoredRegisterFile } from '../../shared/registers/sheet-input'
import { filledTemplate, PERIOD } from '../../shared/registers/test-support'
import { buildReportModel, writeReportWorkbook } from '../../shared/report'
import { generateSampleAssessment } from '../../shared/sample'
import { scoreAssessment } from '../../shared/scoring'
import { readWithOpenpyxl } from './openpyxl'
import {
  findSoffice,
  formulaCells,
  recalculateWithLibreOffice,
  sameResult,
  type CellResult
} from './report-libreoffice'
import { loadedBank11, registerMeasures } from '../../shared/testing/registers-sample'

const soffice = findSoffice()
const GENERATED_AT = '2026-12-06T10:00:00+08:00'
const MEASURES = registerMeasures()
const REASON = 'I38 未登记，见值班记录'

const bank110 = (): Bank => loadedBank11().bank

/** The figures written into the factor entries, as the app's import does (an override wins). */
function withFigures(
  a: Assessment,
  writes: readonly FigureWrite[],
  overrides: Map<string, number>
) {
  for (const w of writes) {
    const entry = a.factors.find((f) => f.factorId === w.factorId)!
    const key = `${w.factorId}.${w.inputId}${w.systemId === null ? '' : `@${w.systemId}`}`
    const value = overrides.get(key) ?? w.value
    if (w.systemId === null) entry.values = { ...entry.values, [w.inputId]: value }
    else
      entry.bySystem = {
        ...entry.bySystem,
        [w.systemId]: { ...entry.bySystem?.[w.systemId], [w.inputId]: value }
      }
  }
}

/** Every formula cell's stored result against openpyxl's reading of LibreOffice's result. */
function mismatches(
  stored: Awaited<ReturnType<typeof formulaCells>>,
  recalculated: Record<string, Record<string, CellResult | null>>
): string[] {
  const out: string[] = []
  for (const cell of stored) {
    const got = recalculated[cell.sheet]?.[cell.address] ?? ''
    if (!sameResult(cell.result, got))
      out.push(
        `${cell.sheet}!${cell.address}: stored ${JSON.stringify(cell.result)}, LibreOffice ${JSON.stringify(got)} — ${cell.formula.slice(0, 120)}`
      )
  }
  return out
}

/** openpyxl (data_only): every cell's value by sheet and address. */
function valuesByOpenpyxl(files: Record<string, Uint8Array>) {
  const books = readWithOpenpyxl<Record<string, CellResult | null>>(
    '{c.coordinate: c.value for c in cells if isinstance(c.value, (int, float, str, bool))}',
    files,
    { dataOnly: true }
  )
  return Object.fromEntries(Object.entries(books).map(([name, book]) => [name, book.sheets]))
}

describe.skipIf(soffice === null)('registers in the workbook agree with LibreOffice', () => {
  const bank = bank110()
  const files: Record<string, Uint8Array> = {}
  const stored: Record<string, Awaited<ReturnType<typeof formulaCells>>> = {}
  let recalculated: Record<string, Record<string, Record<string, CellResult | null>>> = {}
  let edited: Assessment
  let registersRef = ''
  /** The Registers sheet's cell of F16's trading-hour downtime of 集中交易 (value in force). */
  let f16Figure = ''

  beforeAll(async () => {
    const read = await readRegisterFile('registers.xlsx', await filledTemplate(), {
      importedAt: '2026-12-06T09:00:00+08:00'
    })
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
    const registers: StoredRegisterFile[] = read.value.tables.map((table) => ({
      source: read.value.source,
      table
    }))
    const sample = generateSampleAssessment(bank, { seed: 1 })
    sample.metadata.period = PERIOD
    const names: Record<string, string> = { 集中交易系统: '集中交易', 网上交易系统: '网上交易' }
    for (const s of sample.metadata.systems) s.name = names[s.name] ?? s.name
    const tables = registers.map((r) => r.table)
    const context = assessmentMeasureContext(PERIOD, tables, sample.metadata.systems)
    const writes = figureWrites(
      computeInputs(MEASURES, bank.factors, context),
      bank.factors,
      sample.metadata.systems
    )
    // The assessor overrode 故障总数 (35 counted) with 36, giving the reason.
    const overrides = new Map([['F01.N_fault', 36]])
    withFigures(sample, writes, overrides)
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const input = registerSheetInput({
        bank,
        measures: MEASURES,
        metadata: sample.metadata,
        registers,
        overrides: { 'F01.N_fault': { value: 36, reason: REASON } },
        locale
      })
      const model = buildReportModel({
        bank,
        assessment: sample,
        locale,
        generatedAt: GENERATED_AT
      })
      files[`registers-${locale}.xlsx`] = await writeReportWorkbook(model, input)
    }

    // The edit: on the Registers sheet, I01's 76 trading-hour minutes become 100 under F16.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(files['registers-zh-CN.xlsx'] as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('台账明细')!
    let changed = 0
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'F16.T_down_trading@sys-1' && f16Figure === '')
        f16Figure = `'台账明细'!$G$${n}`
      if (row.getCell(1).value === 'F16.T_down_trading@sys-1' && row.getCell(5).value === 'I01') {
        expect(row.getCell(7).value).toBe(76)
        row.getCell(7).value = 100
        changed++
      }
    })
    expect(changed).toBe(1)
    files['edited.xlsx'] = new Uint8Array(await workbook.xlsx.writeBuffer())
    edited = structuredClone(sample)
    const f16 = edited.factors.find((f) => f.factorId === 'F16')!
    f16.bySystem!['sys-1'] = { ...f16.bySystem!['sys-1'], T_down_trading: 116 + 24 }

    for (const [name, bytes] of Object.entries(files)) stored[name] = await formulaCells(bytes)
    const out = recalculateWithLibreOffice(
      soffice!,
      Object.entries(files).map(([name, bytes]) => ({ name: name.replace(/\.xlsx$/, ''), bytes }))
    )
    recalculated = valuesByOpenpyxl(
      Object.fromEntries([...out].map(([name, bytes]) => [`${name}.xlsx`, bytes]))
    )
    const zh = await formulaCells(files['registers-zh-CN.xlsx']!)
    registersRef = zh.find((c) => c.sheet === '评价要素' && c.formula.includes('台账明细'))!.formula
  }, 600_000)

  it('points the factor inputs from registers at the Registers sheet', () => {
    for (const [name, cells] of Object.entries(stored)) {
      if (name === 'edited.xlsx') continue
      const sheetName = name.includes('zh-CN') ? '台账明细' : 'Registers'
      const links = cells.filter((c) => c.formula.startsWith(`'${sheetName}'!$G$`))
      // F01 (2), F02 (2), F04 (2), F05 (2), F06 (2), F09 (2), F11 (2 × 2 systems), F13 (2),
      // F14 (2), F16 (2 × 2 real-time systems), F17 (2), F18 (2): inputs that are register figures.
      expect(links.length, name).toBeGreaterThanOrEqual(20)
      const override = links.find((c) => c.result === 36)
      expect(override, 'the overridden 故障总数 follows the value in force').toBeDefined()
      expect(links.some((c) => c.result === 116)).toBe(true)
    }
    expect(registersRef).toMatch(/^'台账明细'!\$G\$\d+$/)
  })

  it('LibreOffice recomputes every formula to the engine’s figure: 0 mismatches', () => {
    for (const name of ['registers-zh-CN.xlsx', 'registers-en-US.xlsx']) {
      const cells = stored[name]!
      expect(cells.length).toBeGreaterThan(500)
      expect(mismatches(cells, recalculated[name]!), name).toEqual([])
    }
  })

  it('a counted row changed in the workbook moves the input and the factor as the engine does', () => {
    const cells = stored['edited.xlsx']!
    const wrong = mismatches(cells, recalculated['edited.xlsx']!)
    // Only the cells downstream of the edited row differ from the stored (pre-edit) results.
    expect(wrong.length).toBeGreaterThan(0)
    const f16 = scoreAssessment(bank, edited).factors.find((f) => f.id === 'F16')!
    const factors = recalculated['edited.xlsx']!['评价要素']!
    const link = cells.find((c) => c.sheet === '评价要素' && c.formula === f16Figure)!
    expect(link.result).toBe(116)
    expect(factors[link.address]).toBe(140)
    let f16Row = 0
    for (let r = 2; r < 60; r++) if (factors[`A${r}`] === 'F16') f16Row = r
    expect(f16Row).toBeGreaterThan(0)
    expect(f16.value).not.toBeNull()
    expect(sameResult(factors[`E${f16Row}`] as CellResult, f16.value!)).toBe(true)
  })
})
