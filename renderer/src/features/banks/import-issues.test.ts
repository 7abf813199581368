import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { loadBank } from '@shared/bank'
import { bankToWorkbook, workbookToBank } from '@shared/bank-xlsx'
import defaultBank from '../../../../resources/banks/sac-stability-2025.json'
import { placeJsonIssue, placeWorkbookIssue } from './import-issues'

describe('placing import issues', () => {
  it('names the sheet, row and column of a broken cell in the default bank workbook', async () => {
    const loaded = loadBank(defaultBank)
    if (!loaded.ok) throw new Error('the default bank does not load')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await bankToWorkbook(loaded.value.bank)) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('questions')!
    const headers = sheet.getRow(1).values as unknown[]
    const weight = headers.indexOf('weight')
    sheet.getRow(5).getCell(weight).value = 'heavy'
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())

    const result = await workbookToBank(bytes)
    expect(result.ok).toBe(false)
    if (result.ok) return
    const placed = result.issues.map(placeWorkbookIssue)
    expect(placed[0]).toMatchObject({
      sheet: 'questions',
      row: 5,
      column: expect.stringMatching(/^[A-Z]+ \(weight\)$/)
    })
  })

  it('keeps whole-sheet and whole-workbook problems apart', () => {
    expect(placeWorkbookIssue({ path: 'workbook', message: 'm' }, 0)).toMatchObject({
      sheet: null,
      location: null
    })
    expect(placeWorkbookIssue({ path: 'factors', message: 'm' }, 1)).toMatchObject({
      sheet: 'factors',
      row: null
    })
    expect(placeWorkbookIssue({ path: 'questions row 7 (id)', message: 'm' }, 2)).toMatchObject({
      sheet: 'questions',
      row: 7,
      column: 'id'
    })
    expect(placeJsonIssue({ path: 'pillars[0].id', message: 'm' }, 3).location).toBe(
      'pillars[0].id'
    )
  })
})
