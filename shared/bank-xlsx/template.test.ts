import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { exampleBankInput } from './example-bank'
import { DATA_SHEETS, SHEET_NAMES } from './sheets'
import { writeBankTemplate } from './template'
import { columnOf, openWorkbook, parsedBank, sheetOf } from './test-support'
import { workbookToBank } from './workbook-to-bank'

let bytes: Uint8Array
let workbook: ExcelJS.Workbook
beforeAll(async () => {
  bytes = await writeBankTemplate()
  workbook = await openWorkbook(bytes)
})

type Validations = Record<string, ExcelJS.DataValidation | undefined>
const validationsOf = (sheet: ExcelJS.Worksheet): Validations =>
  (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model

describe('the bank template', () => {
  it('opens with every sheet, the instructions first', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEET_NAMES)
    const instructions = sheetOf(workbook, 'instructions')
    expect(instructions.getCell('A1').value).toBe('题库工作簿说明')
    expect(instructions.rowCount).toBeGreaterThan(100)
  })

  it('has one example row or more on every data sheet, each id starting with EX', () => {
    for (const spec of DATA_SHEETS) {
      const sheet = sheetOf(workbook, spec.name)
      expect(sheet.rowCount, spec.name).toBeGreaterThanOrEqual(2)
    }
    const questions = sheetOf(workbook, 'questions')
    const ids = questions.getColumn(columnOf(questions, 'id')).values.slice(2)
    expect(ids.every((id) => typeof id === 'string' && id.startsWith('EX'))).toBe(true)
  })

  it('imports as the example bank (the documented behaviour of its example rows)', async () => {
    const result = await workbookToBank(bytes)
    expect(result).toEqual({ ok: true, value: parsedBank(exampleBankInput()) })
  })

  it('freezes the header row and notes every header in both languages', () => {
    for (const spec of DATA_SHEETS) {
      const sheet = sheetOf(workbook, spec.name)
      expect(sheet.views[0], spec.name).toMatchObject({ state: 'frozen', ySplit: 1 })
      spec.columns.forEach((column, index) => {
        const cell = sheet.getRow(1).getCell(index + 1)
        expect(cell.value).toBe(column.name)
        const note = typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note)
        expect(note).toMatch(/[\u4e00-\u9fff]/)
        expect(note).toMatch(/\[(required|optional)\]/)
      })
    }
  })

  it('offers dropdowns on type, kind, source, yes/no, direction, display and grade columns', () => {
    const expectList = (sheetName: string, column: string, values: string): void => {
      const sheet = sheetOf(workbook, sheetName)
      const letter = sheet.getColumn(columnOf(sheet, column)).letter
      expect(validationsOf(sheet)[`${letter}500`], `${sheetName}.${column}`).toMatchObject({
        type: 'list',
        formulae: [`"${values}"`]
      })
    }
    expectList(
      'questions',
      'type',
      'maturity,yesPartialNo,singleChoice,multiChoice,number,percentage,date,text,evidence'
    )
    expectList('sections', 'kind', 'section,process')
    expectList('questions', 'source', 'F,I,P')
    expectList('questions', 'critical', 'yes,no')
    expectList('choices', 'exclusive', 'yes,no')
    expectList('factors', 'direction', 'higher,lower')
    expectList('factors', 'display', 'percent,minutes,multiple,number')
    expectList(
      'factors',
      'formula_kind',
      'ratio,complementRatio,meanDuration,meanOfRatios,minOfRatios,expression'
    )
    expectList('bands', 'grade', 'A,B,C,D,E')
    expectList('red_lines', 'op', 'eq,ne,gt,gte,lt,lte')
    expectList('rules', 'kind', 'evidenceForHighMaturity,condition,compare')
  })

  it('wraps long text columns and sizes them wider than id columns', () => {
    const questions = sheetOf(workbook, 'questions')
    const text = questions.getColumn(columnOf(questions, 'text::zh-CN'))
    const id = questions.getColumn(columnOf(questions, 'id'))
    expect(text.width ?? 0).toBeGreaterThan(id.width ?? 0)
    expect(questions.getCell(2, columnOf(questions, 'text::zh-CN')).alignment).toMatchObject({
      wrapText: true
    })
  })
})
