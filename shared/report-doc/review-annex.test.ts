import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { generateSampleAssessment } from '../sample'
import { reviewedAssessment } from '../report/test-support'
import { defaultBank } from '../testing/default-bank'
import { buildReportDocument } from './build-document'
import { writeReportDocx } from './docx/write-docx'
import { docxParts, paragraphs, tables } from './test-support'

const bank = defaultBank()

async function body(assessment: Assessment, locale: 'zh-CN' | 'en-US'): Promise<string> {
  const doc = buildReportDocument({
    bank,
    assessment,
    locale,
    generatedAt: '2025-07-20T10:00:00+08:00'
  })
  return docxParts(await writeReportDocx(doc))['word/document.xml'] as string
}

const tableWithHeader = (xml: string, first: string): string[][] => {
  const found = tables(xml).find((t) => t.rows[0]?.[0] === first && t.rows[0]?.length === 5)
  if (!found) throw new Error(`no table headed ${first}`)
  return found.rows
}

describe('annex 5 of the Word report: the graded review', () => {
  it('prints each level, who signed it, when, the decision and comment (zh-CN)', async () => {
    const xml = await body(reviewedAssessment(bank), 'zh-CN')
    expect(paragraphs(xml).some((p) => p.text === '分级复核')).toBe(true)
    expect(tableWithHeader(xml, '层级')).toEqual([
      ['层级', '签署人', '签署时间', '结论', '意见'],
      ['第 1 级「复核」', '李明', '2025-07-19 10:15', '通过', '已补充 C3 证据'],
      ['第 2 级「审定」', '王芳', '2025-07-19 17:30', '通过并定稿', '同意定稿']
    ])
    // The history names the send-back and its reason; the signature page has a line per level.
    const history = tables(xml).find((t) => t.rows[0]?.join() === '时间,人员,操作,说明')
    expect(history?.rows.slice(-4).map((r) => r.slice(1))).toEqual([
      ['李明', '签署复核', '第 1 级「复核」：通过'],
      ['王芳', '退回复核', '退回至第 1 级「复核」；C3 缺少监控覆盖证据'],
      ['李明', '签署复核', '第 1 级「复核」：通过；已补充 C3 证据'],
      ['王芳', '签署复核', '第 2 级「审定」：通过并定稿；同意定稿']
    ])
    const signatures = tables(xml).find((t) => t.rows[0]?.join() === '角色,姓名,签字,日期')
    expect(signatures?.rows.slice(-2)).toEqual([
      ['复核', '李明', '', '2025-07-19'],
      ['审定', '王芳', '', '2025-07-19']
    ])
  })

  it('in English', async () => {
    const xml = await body(reviewedAssessment(bank), 'en-US')
    expect(tableWithHeader(xml, 'Level')[2]).toEqual([
      'Level 2 (审定)',
      '王芳',
      '2025-07-19 17:30',
      'Approved and finalized',
      '同意定稿'
    ])
    const texts = tables(xml).flatMap((t) => t.rows.flat())
    expect(texts).toContain('Sent back to Level 1 (复核); C3 缺少监控覆盖证据')
  })

  it('says when there are no review levels instead of printing an empty table', async () => {
    const sample = generateSampleAssessment(bank, { seed: 2 })
    const plain = { ...sample, status: 'draft' as const }
    delete (plain as { review?: unknown }).review
    delete (plain as { finalization?: unknown }).finalization
    for (const [locale, sentence] of [
      ['zh-CN', '本评估未设置分级复核（单级定稿）；签署状态：未定稿。'],
      [
        'en-US',
        'This assessment has no graded review levels (finalized in one step); sign-off: not finalized.'
      ]
    ] as const) {
      const xml = await body(plain, locale)
      expect(paragraphs(xml).map((p) => p.text)).toContain(sentence)
      const header =
        locale === 'zh-CN'
          ? '层级,签署人,签署时间,结论,意见'
          : 'Level,Signed by,Signed at,Decision,Comment'
      expect(tables(xml).some((t) => t.rows[0]?.join() === header)).toBe(false)
    }
  })
})
