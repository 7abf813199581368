import type ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { columnOf, mutate, openWorkbook, sheetOf } from '../bank-xlsx/test-support'
import { readFeedbackWorkbook } from './read-feedback'
import { contextOf, IMPORTED_AT, sampleRegister } from './test-support'
import { feedbackToAssessment } from './to-assessment'
import { writeFeedbackWorkbook } from './write-feedback'
import { FEEDBACK_SHEET } from './sheets'

const { assessment, entries } = sampleRegister()
const context = contextOf(assessment, entries)

/** The row of a finding in the feedback sheet. */
function rowOf(sheet: ExcelJS.Worksheet, findingId: string): number {
  const col = columnOf(sheet, 'finding_id')
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, col).value === findingId) return r
  throw new Error(`no row for ${findingId}`)
}

describe('the feedback workbook', () => {
  it('lists every finding of the register in its order, with the facts and empty answer cells', async () => {
    expect(entries.length).toBeGreaterThan(5)
    const bytes = await writeFeedbackWorkbook(assessment, entries, { locale: 'zh-CN' })
    const workbook = await openWorkbook(bytes)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'instructions',
      'feedback',
      'metadata',
      'lists'
    ])
    const sheet = sheetOf(workbook, FEEDBACK_SHEET)
    const ids = entries.map((_, k) => sheet.getCell(k + 2, columnOf(sheet, 'finding_id')).value)
    expect(ids).toEqual(entries.map((entry) => entry.findingId))
    const first = entries[0]!
    expect(sheet.getCell(2, columnOf(sheet, 'finding')).value).toBe(first.description)
    expect(sheet.getCell(2, columnOf(sheet, 'risk')).value).toBe(
      { high: '高', medium: '中', low: '低' }[first.risk!]
    )
    expect(sheet.getCell(2, columnOf(sheet, 'response')).value).toBeNull()
    expect(sheet.getCell(2, columnOf(sheet, 'response')).protection?.locked).toBe(false)
    expect(sheet.getCell(2, columnOf(sheet, 'finding_id')).protection?.locked).not.toBe(false)
  })

  it('reads back nothing from a workbook returned untouched', async () => {
    const bytes = await writeFeedbackWorkbook(assessment, entries, { locale: 'en-US' })
    const read = await readFeedbackWorkbook(bytes, context)
    expect(read.ok && read.value.changes).toEqual([])
    expect(read.ok && read.value.form.rows).toBe(entries.length)
  })

  it('round trip: a script fills three rows; exactly those come back and land on the findings', async () => {
    const bytes = await writeFeedbackWorkbook(assessment, entries, { locale: 'zh-CN' })
    const [a, b, c] = entries.map((entry) => entry.findingId)
    const filled = await mutate(bytes, (workbook) => {
      const sheet = sheetOf(workbook, FEEDBACK_SHEET)
      const set = (id: string, column: string, value: ExcelJS.CellValue) => {
        sheet.getCell(rowOf(sheet, id), columnOf(sheet, column)).value = value
      }
      set(a!, 'response', '同意')
      set(a!, 'plan', '三季度前完成监控覆盖改造')
      set(a!, 'planned_date', new Date(Date.UTC(2027, 2, 31)))
      set(a!, 'answered_by', '运维管理部 周强')
      set(b!, 'response', 'Partly agree')
      set(b!, 'explanation', '测试环境已覆盖，\r\n生产环境尚未覆盖')
      set(b!, 'planned_date', '2027/6/30')
      set(c!, 'response', '不同意')
      set(c!, 'explanation', '=已有制度文件，见附件 3')
    })
    const read = await readFeedbackWorkbook(filled, context)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    expect(read.value.issues).toEqual([])
    expect(read.value.changes.map((change) => change.findingId)).toEqual([a, b, c])
    expect(read.value.changes.map((change) => change.feedback)).toEqual([
      {
        response: 'agree',
        plan: '三季度前完成监控覆盖改造',
        plannedDate: '2027-03-31',
        by: '运维管理部 周强',
        receivedAt: IMPORTED_AT
      },
      {
        response: 'partial',
        explanation: '测试环境已覆盖，\n生产环境尚未覆盖',
        plannedDate: '2027-06-30',
        receivedAt: IMPORTED_AT
      },
      // A text starting with = was stored as text by the script, and is read as text.
      { response: 'disagree', explanation: '=已有制度文件，见附件 3', receivedAt: IMPORTED_AT }
    ])
    const theirs = feedbackToAssessment(assessment, read.value, IMPORTED_AT)
    const byId = new Map(theirs.findings.map((record) => [record.findingId, record]))
    expect(byId.get(a!)?.feedback?.response).toBe('agree')
    expect(byId.get(c!)?.feedback?.explanation).toBe('=已有制度文件，见附件 3')
    // Everything else of the assessment is as it was, and the input is untouched.
    expect(theirs.answers).toEqual(assessment.answers)
    expect(assessment.findings.some((record) => record.feedback !== undefined)).toBe(false)

    // Exported again with the feedback in place, the workbook holds it and reads back as no change.
    const withFeedback = { ...assessment, findings: theirs.findings }
    const again = await writeFeedbackWorkbook(
      withFeedback,
      entries.map((entry) => ({ ...entry, record: byId.get(entry.findingId) ?? entry.record })),
      { locale: 'zh-CN' }
    )
    const sheet = sheetOf(await openWorkbook(again), FEEDBACK_SHEET)
    expect(sheet.getCell(rowOf(sheet, b!), columnOf(sheet, 'response')).value).toBe('部分同意')
    const reread = await readFeedbackWorkbook(again, contextOf(withFeedback, entries))
    expect(reread.ok && reread.value.changes).toEqual([])
  })
})
