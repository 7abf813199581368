/**
 * An independent reader: openpyxl (Debian's python3-openpyxl) must open the workbooks we write
 * without error, see our sheets, headers, notes, dropdowns and frozen panes, and find no formula.
 * Skips, saying why, where python3 or openpyxl is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import bankJson from '../../resources/banks/sac-stability-2025.json'
import type { BankInput } from '../../shared/bank/index'
import { bankToWorkbook, SHEET_NAMES, writeBankTemplate } from '../../shared/bank-xlsx/index'
import { richBankInput } from '../../shared/testing'
import { parsedBank } from '../../shared/bank-xlsx/test-support'

const PYTHON = '/usr/bin/python3'
const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' })
const available = probe.status === 0
const reason = available
  ? ''
  : ` (skipped: \`${PYTHON} -c "import openpyxl"\` failed${probe.error ? `: ${probe.error.message}` : ''}; install python3-openpyxl)`

/** Loads each file with openpyxl and reports what it saw, as JSON. */
const SCRIPT = `
import json, sys, openpyxl
out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        sheets[ws.title] = {
            "header": header,
            "notes": sum(1 for c in ws[1] if c.comment is not None),
            "validations": len(ws.data_validations.dataValidation),
            "freeze": ws.freeze_panes,
            "formulas": [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"],
            "rows": ws.max_row,
        }
    out[path] = {"sheetnames": wb.sheetnames, "sheets": sheets}
print(json.dumps(out))
`

interface SheetReport {
  header: unknown[]
  notes: number
  validations: number
  freeze: string | null
  formulas: string[]
  rows: number
}
type Report = Record<string, { sheetnames: string[]; sheets: Record<string, SheetReport> }>

const dir = available ? mkdtempSync(join(tmpdir(), 'bank-xlsx-')) : ''
afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

function openWithOpenpyxl(files: Record<string, Uint8Array>): Report {
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return path
  })
  const json = execFileSync(PYTHON, ['-c', SCRIPT, ...paths], { encoding: 'utf8' })
  const report = JSON.parse(json) as Report
  return Object.fromEntries(
    Object.entries(report).map(([path, value]) => [path.slice(dir.length + 1), value])
  )
}

describe('workbooks open in openpyxl', () => {
  it.skipIf(!available && process.env.CI !== 'true')(
    `template and bank workbooks open without error${reason}`,
    async () => {
      const files = {
        'template.xlsx': await writeBankTemplate(),
        'default-bank.xlsx': await bankToWorkbook(parsedBank(bankJson as unknown as BankInput)),
        'rich-bank.xlsx': await bankToWorkbook(parsedBank(richBankInput()))
      }
      const report = openWithOpenpyxl(files)
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
    }
  )
})
