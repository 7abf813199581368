import type ExcelJS from 'exceljs'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ParseResult } from '../util/validation'
import { DATA_SHEETS } from './sheets'
import { writeBankTemplate } from './template'
import { mutate, sheetOf } from './test-support'
import { workbookToBank } from './workbook-to-bank'

let template: Uint8Array
beforeAll(async () => {
  template = await writeBankTemplate()
})

/** Every issue names the workbook, a sheet, a cell (`sheet!A1 (column)`) or a bank path. */
function expectAddressed(result: ParseResult<unknown>): void {
  if (result.ok) return
  expect(result.issues.length).toBeGreaterThan(0)
  for (const issue of result.issues) {
    expect(issue.path).toMatch(
      /^(workbook|bank .+|[a-z_]+( \(header\)| row \d+)?|[a-z_]+(![A-Z]+\d+| row \d+) \(.+\))$/
    )
    expect(issue.message.length).toBeGreaterThan(0)
  }
}

const cellValue = fc.oneof(
  fc.string(),
  fc.constantFrom('', 'yes', 'no', 'maturity', 'EX-A1.01', 'EX-A', '=1+1', 'a >= 2 and (', '1.5'),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ formula: '1+1', result: 2 }),
  fc.constant({ richText: [{ text: 'rich ' }, { text: 'text' }] }),
  fc.constant({ error: '#N/A' } as ExcelJS.CellErrorValue)
) as fc.Arbitrary<ExcelJS.CellValue>

const edit = fc.record({
  sheet: fc.constantFrom(...DATA_SHEETS.map((spec) => spec.name)),
  row: fc.integer({ min: 1, max: 7 }),
  col: fc.integer({ min: 1, max: 40 }),
  value: cellValue
})

describe('workbookToBank on hostile input', () => {
  it('never throws on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, zipLike) => {
        const input = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes
        expectAddressed(await workbookToBank(input))
      }),
      { numRuns: 60 }
    )
  })

  it('never throws on random cell edits of the template, and addresses every issue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = await mutate(template, (workbook) => {
          for (const { sheet, row, col, value } of edits)
            sheetOf(workbook, sheet).getCell(row, col).value = value
        })
        expectAddressed(await workbookToBank(bytes))
      }),
      { numRuns: 8 }
    )
    // Eight write-edit-read cycles of the whole template: about 15 s alone, more on a busy machine.
  }, 60_000)
})
