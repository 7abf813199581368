import { readFile, writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { serializeAssessmentFile } from '../../shared/assessment'
import { reviewedAssessment } from '../../shared/report/test-support'
import { docxParts, tables } from '../../shared/report-doc/test-support'
import { cliIn, defaultBank, temporaryFolder } from './test-support'

/* `report` writes the review record (复核记录) with the app's builders, as report.test.ts runs it. */

vi.setConfig({ testTimeout: 120_000 })
const tempPath = temporaryFolder()
const run = cliIn(tempPath)

beforeAll(async () => {
  const assessment = reviewedAssessment(await defaultBank())
  const text = serializeAssessmentFile(assessment, {
    generator: 'report-review test',
    exportedAt: '2025-07-20T10:00:00+08:00'
  })
  await writeFile(tempPath('reviewed.json'), text)
})

describe('report of an assessment reviewed through two levels', () => {
  it('writes the 复核记录 sheet: each level, who signed, when, the decision and comment', async () => {
    const made = await run('report', 'reviewed.json', '--out', 'r.xlsx')
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await readFile(tempPath('r.xlsx'))) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('复核记录')!
    const rows: string[][] = []
    sheet.eachRow((row) => rows.push([1, 2, 3, 5, 6].map((c) => row.getCell(c).text)))
    expect(rows).toContainEqual(['第 1 级', '复核', '李明', '通过', '已补充 C3 证据'])
    expect(rows).toContainEqual(['第 2 级', '审定', '王芳', '通过并定稿', '同意定稿'])
    // The history (level A:B merged, by, decision, comment): the send-back with its reason.
    const sentBack = rows.find((r) => r[2] === '王芳' && r[3]?.startsWith('退回') === true)
    expect(sentBack && [sentBack[0], sentBack[3], sentBack[4]]).toEqual([
      '第 1 级「复核」',
      '退回至第 1 级「复核」',
      'C3 缺少监控覆盖证据'
    ])
  })

  it('writes annex 5 of the Word report with the same levels, in English on request', async () => {
    const made = await run('report', 'reviewed.json', '--out', 'r.docx', '--lang', 'en-US')
    expect(made.code).toBe(0)
    const body = docxParts(await readFile(tempPath('r.docx')))['word/document.xml'] as string
    const levels = tables(body).find(
      (t) => t.rows[0]?.join() === 'Level,Signed by,Signed at,Decision,Comment'
    )
    expect(levels?.rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Level 1 (复核)', '李明', 'Approved'],
      ['Level 2 (审定)', '王芳', 'Approved and finalized']
    ])
  })
})
