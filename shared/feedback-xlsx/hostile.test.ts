/**
 * Hostile and wrong cells in a returned feedback workbook: each is refused with its code at its
 * cell, and a refused row (or file) gives no feedback at all.
 */
import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { columnOf, mutate, sheetOf } from '../bank-xlsx/test-support'
import { readFeedbackWorkbook } from './read-feedback'
import { FEEDBACK_METADATA_SHEET, FEEDBACK_SHEET } from './sheets'
import { contextOf, sampleRegister } from './test-support'
import { writeFeedbackWorkbook } from './write-feedback'

const { assessment, entries } = sampleRegister()
const context = contextOf(assessment, entries)
const [first, second] = entries.map((entry) => entry.findingId) as [string, string]
const exported = writeFeedbackWorkbook(assessment, entries, { locale: 'zh-CN' })

/** Fills `first` validly (so a row-level refusal of the other row is seen to spare it), then `change`. */
async function filled(change: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  return mutate(await exported, (workbook) => {
    const sheet = sheetOf(workbook, FEEDBACK_SHEET)
    sheet.getCell(2, columnOf(sheet, 'response')).value = '同意'
    change(sheet)
  })
}

/** Reads a workbook whose problems are all row-level: the file itself must not be refused. */
async function readRowLevel(bytes: Uint8Array) {
  const read = await readFeedbackWorkbook(bytes, context)
  if (!read.ok) throw new Error('row-level problems must not refuse the file')
  return read.value
}

const cell = (sheet: ExcelJS.Worksheet, row: number, column: string) =>
  sheet.getCell(row, columnOf(sheet, column))

describe('a hostile feedback workbook', () => {
  it('refuses a formula in an answer cell at its cell; that row gives nothing', async () => {
    const bytes = await filled((sheet) => {
      cell(sheet, 3, 'response').value = '不同意'
      cell(sheet, 3, 'explanation').value = { formula: 'HYPERLINK("http://x","y")', result: 'y' }
    })
    const read = await readRowLevel(bytes)
    expect(read.issues).toHaveLength(1)
    expect(read.issues[0]).toMatchObject({
      code: 'form.formula',
      path: 'feedback!M3 (explanation)',
      place: { sheet: 'feedback', row: 3, column: 'M', header: 'explanation' }
    })
    expect(read.changes.map((change) => change.findingId)).toEqual([first])
  })

  it('refuses 32,000 characters in a text cell (at most 20,000)', async () => {
    const bytes = await filled((sheet) => {
      cell(sheet, 3, 'response').value = '部分同意'
      cell(sheet, 3, 'explanation').value = '长'.repeat(32_000)
    })
    const read = await readRowLevel(bytes)
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'form.tooLong',
        params: { length: 32_000, maximum: 20_000 },
        path: 'feedback!M3 (explanation)'
      })
    ])
    expect(read.changes.map((change) => change.findingId)).toEqual([first])
  })

  it('refuses a changed, unknown or repeated finding id at its cell', async () => {
    const bytes = await filled((sheet) => {
      cell(sheet, 3, 'finding_id').value = 'q:Z9.99'
      cell(sheet, 3, 'response').value = '同意'
      cell(sheet, 4, 'finding_id').value = first
      cell(sheet, 4, 'response').value = '同意'
      cell(sheet, 5, 'finding_id').value = second
      cell(sheet, 5, 'response').value = '同意'
      cell(sheet, 6, 'finding_id').value = null
      cell(sheet, 6, 'response').value = '同意'
    })
    const read = await readRowLevel(bytes)
    expect(read.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['feedback.unknownFinding', 'feedback!B3 (finding_id)'],
      ['feedback.findingTwice', 'feedback!B4 (finding_id)'],
      ['feedback.rowOfOtherFinding', 'feedback!B5 (finding_id)'],
      ['form.idMissing', 'feedback!B6 (finding_id)']
    ])
    expect(read.changes.map((change) => change.findingId)).toEqual([first])
  })

  it('refuses an unreadable answer, a dissent without explanation and a date that is none', async () => {
    const bytes = await filled((sheet) => {
      cell(sheet, 3, 'response').value = 'maybe'
      cell(sheet, 4, 'response').value = '不同意'
      cell(sheet, 5, 'response').value = '同意'
      cell(sheet, 5, 'planned_date').value = '2027-02-30'
      cell(sheet, 6, 'plan').value = '下季度完成'
    })
    const read = await readRowLevel(bytes)
    expect(read.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['feedback.notResponse', 'feedback!L3 (response)'],
      ['feedback.explanationRequired', 'feedback!M4 (explanation)'],
      ['form.notRealDate', 'feedback!O5 (planned_date)'],
      ['feedback.responseMissing', 'feedback!L6 (response)']
    ])
    expect(read.changes).toHaveLength(1)
  })

  it('refuses the whole file for a changed header, with nothing read', async () => {
    const bytes = await filled((sheet) => {
      cell(sheet, 1, 'response').value = '意见'
    })
    const read = await readFeedbackWorkbook(bytes, context)
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['bankXlsx.unknownColumn', 'feedback!L1 (header)'],
      // The answer under the unknown header is not read either.
      ['bankXlsx.strayValue', 'feedback!L2 (?)']
    ])
  })

  it('refuses a formula anywhere, even on the metadata sheet, and a workbook of another assessment', async () => {
    const formula = await mutate(await exported, (workbook) => {
      sheetOf(workbook, FEEDBACK_METADATA_SHEET).getCell('C4').value = { formula: '1+1', result: 2 }
    })
    const read = await readFeedbackWorkbook(formula, context)
    expect(read.ok).toBe(false)
    if (!read.ok)
      expect(read.issues[0]).toMatchObject({ code: 'form.formula', path: 'metadata!C4 (value)' })

    const other = await readFeedbackWorkbook(await exported, {
      ...context,
      assessment: { ...assessment, id: 'another-assessment' }
    })
    expect(other.ok).toBe(false)
    if (!other.ok)
      expect(other.issues.map((issue) => issue.code)).toEqual(['feedback.otherAssessment'])
  })

  it('refuses bytes that are not a workbook, and a questionnaire form, as a whole', async () => {
    const notZip = await readFeedbackWorkbook(new TextEncoder().encode('not a workbook'), context)
    expect(!notZip.ok && notZip.issues.map((issue) => issue.code)).toEqual(['xlsx.notZip'])
    const otherKind = await mutate(await exported, (workbook) => {
      sheetOf(workbook, FEEDBACK_METADATA_SHEET).getCell('C2').value =
        'stability-assessor/questionnaire'
    })
    const read = await readFeedbackWorkbook(otherKind, context)
    expect(!read.ok && read.issues.map((issue) => issue.code)).toEqual([
      'feedback.notFeedbackWorkbook'
    ])
  })
})
