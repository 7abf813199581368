import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { BankInput } from '../bank/bank'
import { bankContentHash } from '../bank/index'
import { bankToWorkbook } from './bank-to-workbook'
import { needsFormulaGuard } from '../xlsx/cell-text'
import { richBankInput } from '../testing'
import { everyCell, mutate, openWorkbook, parsedBank, setCell, sheetOf } from './test-support'
import { workbookToBank } from './workbook-to-bank'

/** The payload corpus of reliability XLS-01, in texts the bank carries. */
function hostileBank(): BankInput {
  const bank = richBankInput()
  const t = (zh: string, en: string): { 'zh-CN': string; 'en-US': string } => ({
    'zh-CN': zh,
    'en-US': en
  })
  bank.title = t('=1+1', '+SUM(A1)')
  bank.status = t('-2', '@A1')
  bank.description = t('＝1', 'a\r\n=WEBSERVICE("http://x")')
  const question = bank.pillars[0]?.sections[0]?.questions[0]
  if (question === undefined) throw new Error('fixture changed')
  question.text = t('=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0")
  question.guidance = t('＋1', '－1')
  question.references = [{ document: 'csrc-2023', clause: '@SUM(1,1)' }]
  const [first, second] = bank.profiles
  if (first === undefined || second === undefined) throw new Error('fixture changed')
  // Profile versions are not trimmed by the schema, so leading tab and CR survive into the bank.
  first.version = '\t=1+1'
  second.version = '\r=1'
  bank.maturityAnchors[0] = t("'=already quoted", "'plain apostrophe")
  bank.maturityAnchors[1] = t('＠A1', ' =1+1')
  bank.maturityAnchors[2] = t('_x000D_ literal', 'NUL\0 and _x005F_')
  const input = bank.factors?.[0]?.inputs[0]
  if (input === undefined) throw new Error('fixture changed')
  input.min = -2
  return bank
}

describe('formula injection (XLS-01/02/03)', () => {
  const bank = parsedBank(hostileBank())

  it('round-trips texts that start with formula triggers unchanged', async () => {
    const back = await workbookToBank(await bankToWorkbook(bank))
    if (!back.ok) throw new Error(JSON.stringify(back.issues))
    expect(back.value).toEqual(bank)
    expect(bankContentHash(back.value)).toBe(bankContentHash(bank))
    expect(back.value.profiles.map((p) => p.version)).toEqual(['\t=1+1', '\r=1'])
    expect(back.value.description?.['en-US']).toBe('a\r\n=WEBSERVICE("http://x")')
  })

  it('writes no formula cell, guards every trigger text and keeps numbers numeric', async () => {
    const workbook = await openWorkbook(await bankToWorkbook(bank))
    const cells = everyCell(workbook)
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual(
      []
    )
    const texts = cells.flatMap((cell) => (typeof cell.value === 'string' ? [cell.value] : []))
    expect(texts).toContain("'=1+1")
    expect(texts).toContain("'+SUM(A1)")
    expect(texts).toContain("'＝1")
    expect(texts).toContain("'\t=1+1")
    expect(texts).toContain("'\r=1")
    expect(texts).toContain("''=already quoted")
    for (const text of texts) expect(text.startsWith("'") || !needsFormulaGuard(text)).toBe(true)
    const inputs = sheetOf(workbook, 'factor_inputs')
    expect(inputs.getCell('H2').value).toBe(-2)
    expect(inputs.getCell('H2').type).toBe(ExcelJS.ValueType.Number)
  })

  it('reads a text an author typed with a quote prefix as the text itself', async () => {
    const bytes = await mutate(await bankToWorkbook(bank), (wb) => {
      // Excel stores a typed '=x as the text =x (plus a hidden quote-prefix style).
      setCell(wb, 'pillars', ['id', 'A'], 'title::zh-CN', '=x')
    })
    const back = await workbookToBank(bytes)
    expect(back.ok && back.value.pillars[0]?.title['zh-CN']).toBe('=x')
  })
})

describe('a workbook holding a formula', () => {
  it('is refused with the address of every formula cell', async () => {
    const bytes = await mutate(await bankToWorkbook(parsedBank(richBankInput())), (wb) => {
      setCell(wb, 'questions', ['id', 'A1.02'], 'weight', { formula: '1+1', result: 2 })
      sheetOf(wb, 'instructions').getCell('B3').value = {
        formula: 'HYPERLINK("http://x","y")',
        result: 'y'
      }
    })
    expect(await workbookToBank(bytes)).toMatchObject({
      ok: false,
      issues: [
        { path: 'instructions!B3 (cell)', message: 'formulas are not allowed in a bank workbook' },
        {
          path: 'questions!H3 (weight)',
          message: 'formulas are not allowed in a bank workbook; type the value itself'
        }
      ]
    })
  })
})
