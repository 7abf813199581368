/**
 * Bank 1.1.0 in the scored workbook, checked by LibreOffice: the factors entered per key system
 * (F11, F16) are live formulas — each system's value, band, weighted value and the system that
 * sets the combined value — and the factor row combines them by the bank's rule; small samples
 * banded by misses (F01, F03, F09, F14) and red lines on an input (F17 unreported incidents)
 * are formulas too. LibreOffice recalculates every formula on load and must arrive at the
 * engine's figures (0 mismatches), and editing one system's input in the workbook moves the
 * combined factor exactly as the engine moves it.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import type { Bank } from '../../shared/bank/bank'
import type { SystemCombineRule } from '../../shared/bank/factor'
import { buildReportModel, writeReportWorkbook } from '../../shared/report'
import { generateSampleAssessment } from '../../shared/sample'
import { scoreAssessment } from '../../shared/scoring'
import type { FactorResult } from '../../shared/scoring/types'
import {
  compareResults,
  findSoffice,
  recalculateWithLibreOffice,
  sameResult,
  withoutSoffice
} from './report-libreoffice'
import { loadedBank11 } from '../../shared/testing/registers-sample'

const soffice = findSoffice()
const GENERATED_AT = '2026-12-06T10:00:00+08:00'

const bank110 = (): Bank => loadedBank11().bank

/** Bank 1.1.0 with F11 combined by another rule (class weights 1, 0.8, 0.6, 0.4, 0.2 when weighted). */
function withRule(rule: SystemCombineRule): Bank {
  const bank = bank110()
  const f11 = bank.factors.find((f) => f.id === 'F11')!
  f11.perSystem = {
    systems: 'all',
    combine: rule,
    ...(rule === 'classWeightedMin' ? { classWeights: [0.2, 0.4, 0.6, 0.8, 1] } : {})
  }
  return bank
}

const entryOf = (a: Assessment, id: string) => a.factors.find((f) => f.factorId === id)!

/**
 * The sample with its per-system inputs stirred: one system's outage (so a system binds), and by
 * variant a zero service time, a missing input, an invalid one, small samples banded by misses,
 * and an unreported incident (F17's red line on an input).
 */
function variant(bank: Bank, seed: number, linear = false): Assessment {
  const a = generateSampleAssessment(bank, { seed })
  if (linear) a.profile.factorScoring = 'linear'
  const f11 = entryOf(a, 'F11')
  const ids = Object.keys(f11.bySystem ?? {})
  const [first, second, third] = ids as [string, string, string]
  const [downtime, service] = ['T_down', 'T_service']
  const bySystem = f11.bySystem!
  bySystem[second] = { ...bySystem[second], [downtime]: 116 + seed }
  // A system not in service (0 of 0 minutes) has no value and is left out of the minimum.
  if (seed % 3 === 1) bySystem[third] = { ...bySystem[third], [service]: 0, [downtime]: 0 }
  // More downtime than service time fails the entry check: F11 is N/A.
  if (seed === 5) bySystem[third] = { ...bySystem[third], [downtime]: 99_999_999 }
  if (seed % 4 === 2) bySystem[first] = { ...bySystem[first], [downtime]: 45 }
  // Small samples: N below minN, banded by misses (F01 ratio counted ÷ out of).
  for (const id of ['F01', 'F14']) {
    const f = bank.factors.find((x) => x.id === id)!
    if (f.formula.kind !== 'ratio') continue
    const e = entryOf(a, id)
    e.values = { ...e.values, [f.formula.denominator]: 12, [f.formula.numerator]: 12 - (seed % 4) }
  }
  const f17 = entryOf(a, 'F17')
  f17.values = { ...f17.values, N_major_unreported: seed % 2 }
  return a
}

async function report(bank: Bank, a: Assessment, locale: 'zh-CN' | 'en-US'): Promise<Uint8Array> {
  return writeReportWorkbook(
    buildReportModel({ bank, assessment: a, locale, generatedAt: GENERATED_AT })
  )
}

/** The rows of the per-system table of `factorId` on a loaded Evaluation factors sheet. */
function systemRows(sheet: ExcelJS.Worksheet, factorId: string): number[] {
  const rows: number[] = []
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === factorId && n > 30 && typeof row.getCell(3).value === 'string')
      rows.push(n)
  })
  return rows
}

describe.skipIf(soffice === null)('bank 1.1.0 per-system factors agree with LibreOffice', () => {
  const cases: Array<{ name: string; bytes: Uint8Array }> = []
  const bank = bank110()
  let recalculated = new Map<string, Uint8Array>()
  const sample = variant(bank, 3)
  let editedExpected: FactorResult
  let systemsInWorkbook = 0

  beforeAll(async () => {
    cases.push({
      name: 'sample-1.1.0-zh',
      bytes: await report(bank, generateSampleAssessment(bank, { seed: 1 }), 'zh-CN')
    })
    cases.push({
      name: 'sample-1.1.0-en',
      bytes: await report(bank, generateSampleAssessment(bank, { seed: 2 }), 'en-US')
    })
    for (const seed of [1, 2, 3, 4, 5, 6])
      cases.push({
        name: `variant-${seed}`,
        bytes: await report(bank, variant(bank, seed, seed > 4), seed % 2 ? 'zh-CN' : 'en-US')
      })
    for (const rule of ['max', 'classWeightedMin', 'sum', 'mean'] as const) {
      const b = withRule(rule)
      cases.push({ name: `rule-${rule}`, bytes: await report(b, variant(b, 7), 'zh-CN') })
    }

    // The edit: in the workbook, the fourth system of F11 gets a 300-minute outage.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await report(bank, sample, 'zh-CN')) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('评价要素') as ExcelJS.Worksheet
    const rows = systemRows(sheet, 'F11')
    systemsInWorkbook = rows.length
    // Inputs start at column 4 in the bank's order: T_service, T_down.
    sheet.getCell(rows[3] as number, 5).value = 300
    cases.push({ name: 'edited', bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) })
    const changed = structuredClone(sample)
    const f11 = entryOf(changed, 'F11')
    const fourth = Object.keys(f11.bySystem!)[3] as string
    f11.bySystem![fourth] = { ...f11.bySystem![fourth], T_down: 300 }
    editedExpected = scoreAssessment(bank, changed).factors.find((f) => f.id === 'F11')!

    recalculated = recalculateWithLibreOffice(soffice as string, cases)
  }, 600_000)

  it('recomputes every formula to the engine’s figure (0 mismatches), per-system cells included', async () => {
    for (const c of cases) {
      if (c.name === 'edited') continue
      const { compared, mismatches } = await compareResults(c.bytes, recalculated.get(c.name)!)
      expect(mismatches, c.name).toEqual([])
      expect(compared, c.name).toBeGreaterThan(300)
    }
  }, 180_000)

  it('writes each system of F11 and F16 as formulas, and the factor row combines them', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(recalculated.get('variant-2') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Evaluation factors') as ExcelJS.Worksheet
    const a = variant(bank, 2)
    const engine = scoreAssessment(bank, a)
    for (const id of ['F11', 'F16']) {
      const f = engine.factors.find((x) => x.id === id)!
      const rows = systemRows(sheet, id)
      expect(rows.length, id).toBe(f.systems!.length)
      rows.forEach((r, k) => {
        const system = f.systems![k]!
        expect(sheet.getCell(r, 2).value, id).toBe(system.name)
        const value = sheet.getCell(r, 7).value as ExcelJS.CellFormulaValue
        expect(value.formula, `${id} ${system.name}`).toContain('IF(')
        expect(
          sameResult(value.result as number, system.value ?? 'N/A'),
          `${id} ${system.name}`
        ).toBe(true)
      })
      const factorRow = sheet.getRow(engine.factors.indexOf(f) + 2)
      const combined = factorRow.getCell(5).value as ExcelJS.CellFormulaValue
      expect(combined.formula).toMatch(/MIN\(\$G\$\d+:\$G\$\d+\)/)
      expect(sameResult(combined.result as number, f.value as number)).toBe(true)
      expect((factorRow.getCell(6).value as ExcelJS.CellFormulaValue).result).toBe(f.band)
    }
    // The system with the outage sets F11, and the workbook says which (column I: no factor is
    // class-weighted, so no class-weight columns stand before it).
    const f11 = engine.factors.find((x) => x.id === 'F11')!
    const binding = systemRows(sheet, 'F11').filter(
      (r) => (sheet.getCell(r, 9).value as ExcelJS.CellFormulaValue).result === 'yes'
    )
    expect(binding.map((r) => sheet.getCell(r, 2).value)).toEqual([
      f11.systems!.find((s) => s.systemId === f11.combination!.bindingSystemId)!.name
    ])
  })

  it('follows an edited system input to the combined F11 value, band and score the engine gives', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(recalculated.get('edited') as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('评价要素') as ExcelJS.Worksheet
    expect(systemsInWorkbook).toBeGreaterThan(3)
    const before = scoreAssessment(bank, sample).factors.find((f) => f.id === 'F11')!
    let row = -1
    sheet.eachRow((r, n) => {
      if (n < 30 && r.getCell(1).value === 'F11') row = n
    })
    const result = (c: number) => (sheet.getCell(row, c).value as ExcelJS.CellFormulaValue).result
    expect(sameResult(result(5) as number, editedExpected.value as number)).toBe(true)
    expect(result(6)).toBe(editedExpected.band)
    expect(sameResult(result(7) as number, editedExpected.score as number)).toBe(true)
    // And it moved: the fourth system now binds, with a lower value than before.
    expect(editedExpected.value!).toBeLessThan(before.value!)
    expect(editedExpected.combination!.bindingSystemId).toBe(
      Object.keys(entryOf(sample, 'F11').bySystem!)[3]
    )
  })
})

withoutSoffice('bank 1.1.0 per-system factors and LibreOffice')
