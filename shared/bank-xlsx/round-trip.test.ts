import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import bankJson from '../../resources/banks/sac-stability-2025.json'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Bank, BankInput } from '../bank/bank'
import type { Condition } from '../bank/conditions'
import { bankContentHash } from '../bank/index'
import { QUESTION_TYPES } from '../bank/question'
import { bankToWorkbook } from './bank-to-workbook'
import { richBankInput } from '../testing'
import { SHEET_NAMES } from './sheets'
import { FORMULA_KINDS } from './specs-scoring'
import { everyCell, openWorkbook, parsedBank, sheetOf } from './test-support'
import { workbookToBank } from './workbook-to-bank'

async function roundTrip(bank: Bank): Promise<Bank> {
  const back = await workbookToBank(await bankToWorkbook(bank))
  if (!back.ok) throw new Error(JSON.stringify(back.issues, null, 1))
  return back.value
}

function conditionKeys(condition: Condition): string[] {
  if ('all' in condition) return ['all', ...condition.all.flatMap(conditionKeys)]
  if ('any' in condition) return ['any', ...condition.any.flatMap(conditionKeys)]
  if ('not' in condition) return ['not', ...conditionKeys(condition.not)]
  return Object.keys(condition).filter((key) => key !== 'question')
}

describe('default bank → xlsx → bank', () => {
  for (const [version, json] of [
    ['1.0.0', bankJson],
    ['1.1.0', bank11Json]
  ] as const)
    it(`is lossless for ${version}: deep-equal with the same content hash`, async () => {
      const bank = parsedBank(json as unknown as BankInput)
      expect(bank.version).toBe(version)
      const back = await roundTrip(bank)
      expect(back).toEqual(bank)
      expect(bankContentHash(back)).toBe(bankContentHash(bank))
    })

  it('carries every field bank format 3 added (1.1.0 uses each of them)', async () => {
    const bank = parsedBank(bank11Json as unknown as BankInput)
    const back = await roundTrip(bank)
    const f11 = back.factors.find((f) => f.id === 'F11')
    expect(f11).toMatchObject({ weight: 2, perSystem: { systems: 'all', combine: 'min' } })
    expect(back.factors.find((f) => f.id === 'F03')?.smallSample).toEqual({
      minN: 20,
      missBands: [0, 1, 2, 3]
    })
    expect(back.factors.find((f) => f.id === 'F05')?.replaces).toEqual([
      { factor: 'F05', confirm: true, inputs: [{ from: 'N_fault', to: 'N_fault_rt' }] }
    ])
    expect(back.factors.find((f) => f.id === 'F09')?.redLines).toEqual([
      expect.objectContaining({ id: 'RL-F09', class: 'internal' }),
      expect.objectContaining({ id: 'RL-F09-none', class: 'regulatory', input: 'S_drill' })
    ])
    const questions = back.pillars.flatMap((p) => p.sections.flatMap((s) => s.questions))
    expect(questions.find((q) => q.id === 'A4.01')?.replaces).toEqual([{ question: 'A1.08' }])
    expect(questions.find((q) => q.id === 'C5.06')?.redLine?.class).toBe('regulatory')
    expect(back.profiles[0]?.factorShares).toMatchObject({ A2: 0.15, C1: 0.55 })
  })
})

describe('rich fixture bank → xlsx → bank', () => {
  const bank = parsedBank(richBankInput())

  it('covers every question type, formula kind, condition operator and rule kind', () => {
    const questions = bank.pillars.flatMap((p) => p.sections.flatMap((s) => s.questions))
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES))
    // FORMULA_KINDS itself is pinned, as the template's drop-down, in template.test.ts.
    expect(new Set(bank.factors.map((f) => f.formula.kind))).toEqual(new Set(FORMULA_KINDS))
    const keys = new Set(
      questions.flatMap((q) => (q.visibleWhen ? conditionKeys(q.visibleWhen) : []))
    )
    for (const key of ['all', 'any', 'not', 'equals', 'notEquals', 'in', 'gt', 'gte', 'lt', 'lte'])
      expect(keys).toContain(key)
    for (const key of ['answered', 'unanswered', 'na']) expect(keys).toContain(key)
    expect(new Set(bank.consistencyRules.map((r) => r.kind))).toEqual(
      new Set(['evidenceForHighMaturity', 'condition', 'compare'])
    )
    expect(bank.profiles.length).toBe(2)
  })

  it('is lossless: deep-equal with the same content hash', async () => {
    const back = await roundTrip(bank)
    expect(back).toEqual(bank)
    expect(bankContentHash(back)).toBe(bankContentHash(bank))
  })

  it('is stable: a second round trip changes nothing', async () => {
    const once = await roundTrip(bank)
    expect(bankContentHash(await roundTrip(once))).toBe(bankContentHash(bank))
  })
})

describe('the written workbook', () => {
  it('has the documented sheets, frozen headers, header notes and dropdowns', async () => {
    const workbook = await openWorkbook(await bankToWorkbook(parsedBank(richBankInput())))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEET_NAMES)
    const questions = sheetOf(workbook, 'questions')
    expect(questions.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 })
    questions.getRow(1).eachCell((cell) => {
      expect(cell.note).toBeTruthy()
    })
    const validations = (
      questions as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
    ).dataValidations.model
    expect(validations['C2']).toMatchObject({
      type: 'list',
      formulae: [`"${QUESTION_TYPES.join(',')}"`]
    })
    expect(validations['I2']).toMatchObject({ type: 'list', formulae: ['"yes,no"'] })
    expect(validations['L999']).toMatchObject({ type: 'list', formulae: ['"F,I,P"'] })
    expect(questions.getColumn(4).width).toBeGreaterThanOrEqual(40)
  })

  it('writes numbers as number cells and no formula anywhere', async () => {
    const workbook = await openWorkbook(await bankToWorkbook(parsedBank(richBankInput())))
    const cells = everyCell(workbook)
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([])
    const questions = sheetOf(workbook, 'questions')
    expect(questions.getCell('H2').type).toBe(ExcelJS.ValueType.Number)
    const bands = sheetOf(workbook, 'bands')
    expect(bands.getCell('C2').value).toBe(0.95)
  })
})
