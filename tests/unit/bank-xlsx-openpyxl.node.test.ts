/**
 * An independent reader: openpyxl (Debian's python3-openpyxl) must open the workbooks we write
 * without error, see our sheets, headers, notes, dropdowns and frozen panes, and find no formula.
 * Skips, saying why, where python3 or openpyxl is missing.
 */
import { describe, expect } from 'vitest'
import bankJson from '../../resources/banks/sac-stability-2025.json'
import type { BankInput } from '../../shared/bank/index'
import { bankToWorkbook, SHEET_NAMES, writeBankTemplate } from '../../shared/bank-xlsx/index'
import { richBankInput } from '../../shared/testing'
import { parsedBank } from '../../shared/bank-xlsx/test-support'
import { itWithOpenpyxl, readWithOpenpyxl } from './openpyxl'

/** Per sheet: the header, its notes, dropdowns, frozen panes, formula cells and row count. */
const SHEET = `{
    "header": [c.value for c in ws[1]],
    "notes": sum(1 for c in ws[1] if c.comment is not None),
    "validations": len(ws.data_validations.dataValidation),
    "freeze": ws.freeze_panes,
    "formulas": [c.coordinate for c in cells if c.data_type == "f"],
    "rows": ws.max_row,
}`

interface SheetReport {
  header: unknown[]
  notes: number
  validations: number
  freeze: string | null
  formulas: string[]
  rows: number
}

describe('workbooks open in openpyxl', () => {
  itWithOpenpyxl('template and bank workbooks open without error', async () => {
    const files = {
      'template.xlsx': await writeBankTemplate(),
      'default-bank.xlsx': await bankToWorkbook(parsedBank(bankJson as unknown as BankInput)),
      'rich-bank.xlsx': await bankToWorkbook(parsedBank(richBankInput()))
    }
    const report = readWithOpenpyxl<SheetReport>(SHEET, files)
    for (const name of Object.keys(files)) {
      const book = report[name]
      expect(book?.sheetnames).toEqual(SHEET_NAMES)
      const questions = book?.sheets.questions
      expect(questions?.header.slice(0, 3)).toEqual(['section', 'id', 'type'])
      expect(questions?.notes).toBe(questions?.header.length)
      expect(questions?.validations).toBeGreaterThanOrEqual(5)
      expect(questions?.freeze).toBe('C2')
      for (const sheet of Object.values(book?.sheets ?? {})) expect(sheet.formulas).toEqual([])
    }
  })
})
