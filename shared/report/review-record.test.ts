import type ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { assessmentContentHash } from '../assessment/canonical'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { reportLabels } from './labels'
import { reviewedAssessment, sheet, writeAndRead } from './test-support'

vi.setConfig({ testTimeout: 60_000 })

const bank = defaultBank()

/** Every non-empty row of a sheet as its cells' texts (date-times as ISO strings). */
function rowTexts(worksheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = []
  worksheet.eachRow((row) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value
      cells.push(v instanceof Date ? v.toISOString() : v === null ? '' : String(v))
    })
    rows.push(cells)
  })
  return rows
}

const rowStarting = (rows: string[][], first: string, from = 0): string[] => {
  const found = rows.slice(from).find((row) => row[0] === first)
  if (!found) throw new Error(`no row starting ${first}`)
  return found
}

describe('the review record sheet (复核记录)', () => {
  it('lists each level with who signed, when, the decision, comment and hash (zh-CN)', async () => {
    const assessment = reviewedAssessment(bank)
    const hash = assessmentContentHash(assessment)
    const { workbook } = await writeAndRead(bank, assessment)
    const zh = reportLabels('zh-CN')
    expect(workbook.worksheets.map((ws) => ws.name).slice(4, 7)).toEqual([
      '问题清单',
      '复核记录',
      '变更记录'
    ])
    const rows = rowTexts(sheet(workbook, zh.sheets.review))
    expect(rows[0]?.[0]).toBe('复核与签署记录')
    const header = rowStarting(rows, '层级')
    expect(header).toEqual([
      '层级',
      '名称',
      '签署人',
      '签署时间',
      '结论',
      '意见',
      '批准内容摘要（SHA-256）'
    ])
    const levelsAt = rows.indexOf(header)
    // 09:00 and 17:30 in +08:00 are 01:00 and 09:30 UTC; the cell shows the recorded wall clock.
    expect(rows[levelsAt + 1]).toEqual([
      '第 1 级',
      '复核',
      '李明',
      '2025-07-19T10:15:00.000Z',
      '通过',
      '已补充 C3 证据',
      hash
    ])
    expect(rows[levelsAt + 2]).toEqual([
      '第 2 级',
      '审定',
      '王芳',
      '2025-07-19T17:30:00.000Z',
      '通过并定稿',
      '同意定稿',
      hash
    ])
    // The seal, then the review history in the order it happened (a send-back with its reason).
    expect(rowStarting(rows, '签署人')[2]).toBe('王芳')
    expect(rowStarting(rows, '评估内容摘要（SHA-256）')[2]).toBe(hash)
    const history = rows.indexOf(rowStarting(rows, '层级', levelsAt + 3))
    expect(rows[history]?.slice(2, 6)).toEqual(['人员', '时间', '结论', '意见或退回原因'])
    expect(rows.slice(history + 1, history + 5).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['第 1 级「复核」', '李明', '通过', ''],
      ['第 1 级「复核」', '王芳', '退回至第 1 级「复核」', 'C3 缺少监控覆盖证据'],
      ['第 1 级「复核」', '李明', '通过', '已补充 C3 证据'],
      ['第 2 级「审定」', '王芳', '通过并定稿', '同意定稿']
    ])
  })

  it('in English, and marks a signature whose content was edited after it', async () => {
    const reviewed = reviewedAssessment(bank)
    const edited = { ...reviewed, metadata: { ...reviewed.metadata, notes: 'edited later' } }
    const { workbook, model } = await writeAndRead(bank, edited, 'en-US')
    expect(model.draft).toBe(true)
    const rows = rowTexts(sheet(workbook, 'Review record'))
    const header = rowStarting(rows, 'Level')
    const levelsAt = rows.indexOf(header)
    expect(rows[levelsAt + 1]?.slice(0, 5)).toEqual([
      'Level 1',
      '复核',
      '李明',
      '2025-07-19T10:15:00.000Z',
      'Approved (content changed since)'
    ])
    expect(rowStarting(rows, 'State')[2]).toMatch(/no longer matches the seal/)
    expect(rows.some((r) => r[4] === 'Sent back to Level 1 (复核)')).toBe(true)
  })

  it('says there are no review levels instead of an empty table', async () => {
    const sample = generateSampleAssessment(bank, { seed: 2 })
    const plain = { ...sample, status: 'draft' as const, auditLog: [] }
    delete (plain as { review?: unknown }).review
    delete (plain as { finalization?: unknown }).finalization
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const labels = reportLabels(locale)
      const { workbook } = await writeAndRead(bank, plain, locale)
      const rows = rowTexts(sheet(workbook, labels.sheets.review))
      const texts = rows.map((r) => r[0])
      expect(texts).toContain(
        locale === 'zh-CN'
          ? '本评估未设置分级复核（单级定稿）；签署状态：未定稿。'
          : 'This assessment has no graded review levels (finalized in one step); sign-off: not finalized.'
      )
      expect(texts).toContain(labels.reviewRecord.sealNone)
      expect(texts).toContain(labels.reviewRecord.historyNone)
      expect(texts).not.toContain(labels.reviewRecord.levelHeaders.level)
    }
  })
})
