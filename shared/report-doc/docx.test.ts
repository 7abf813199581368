import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { generateSampleAssessment } from '../sample'
import { formatScore } from '../scoring/format'
import { scoreAssessment } from '../scoring/score'
import { defaultBank } from '../testing/default-bank'
import { buildReportDocument } from './build-document'
import { documentHeadings } from './document'
import { columnTwips } from './table-layout'
import { writeReportDocx } from './docx/write-docx'
import { docxParts, fieldInstructions, paragraphs, tables, wText } from './test-support'

const bank = defaultBank()
const AT = '2025-07-20T10:00:00+08:00'

function finalized(seed: number): Assessment {
  const sample = generateSampleAssessment(bank, { seed })
  const sealed = { ...sample, status: 'finalized' as const }
  return {
    ...sealed,
    finalization: {
      by: '王芳',
      at: '2025-07-19T17:30:00+08:00',
      contentHash: assessmentContentHash(sealed)
    }
  }
}

async function written(assessment: Assessment, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const doc = buildReportDocument({
    bank,
    assessment,
    locale,
    generatedAt: AT,
    generator: 'Stability Assessor test'
  })
  const parts = docxParts(await writeReportDocx(doc))
  return { doc, parts, body: parts['word/document.xml'] as string }
}

describe('the Word report', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`holds every heading in order, and the contents list them (${locale})`, async () => {
      const { doc, body } = await written(generateSampleAssessment(bank, { seed: 1 }), locale)
      const expected = documentHeadings(doc)
      const headings = paragraphs(body).filter(
        (p) => p.style !== null && /^Heading[123]$/.test(p.style)
      )
      expect(headings.map((p) => ({ level: Number(p.style!.slice(-1)), text: p.text }))).toEqual(
        expected
      )
      expect(expected.map((h) => h.text).slice(0, 2)).toEqual(
        locale === 'zh-CN' ? ['一、评估概述', '（一）评估目的'] : ['1. Overview', '1.1 Purpose']
      )
      // The contents: one entry per chapter and section, in order, each a link to the heading's
      // bookmark and a PAGEREF to it (LibreOffice numbers those from its own layout).
      const listed = expected.filter((h) => h.level <= 2)
      const entries = [
        ...body.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="TOC[12]"\/>[\s\S]*?<\/w:p>/g)
      ]
      expect(entries.map(([xml]) => wText(xml).split('\t')[0])).toEqual(listed.map((h) => h.text))
      entries.forEach(([xml], k) => {
        expect(xml).toContain(`<w:hyperlink w:history="1" w:anchor="_Toc${k + 1}">`)
        expect(xml).toContain(`PAGEREF _Toc${k + 1} \\h`)
        expect(xml).not.toContain('TOC \\')
      })
      const marked = [
        ...body.matchAll(
          /<w:bookmarkStart w:name="(_Toc\d+)"[^>]*\/>((?:(?!<w:bookmarkEnd)[\s\S])*)/g
        )
      ]
      expect(marked.map(([, name, xml]) => [name, wText(xml ?? '')])).toEqual(
        listed.map((h, k) => [`_Toc${k + 1}`, h.text])
      )
    })

  it('shares a table’s width by the relative widths, giving each column at least its minimum', () => {
    expect(columnTwips([{ width: 1 }, { width: 3 }], 1000)).toEqual([250, 750])
    expect(columnTwips([{ width: 1 }, { width: 1 }, { width: 8 }], 1000, [300, 0, 0])).toEqual([
      300, 77, 623
    ])
    // Minimums that cannot all fit: the small ones stay whole, the largest are cut to a common cap;
    // the widths still fill the width.
    expect(columnTwips([{ width: 1 }, { width: 1 }], 1000, [900, 600])).toEqual([500, 500])
    expect(columnTwips([{ width: 1 }, { width: 1 }, { width: 1 }], 1000, [200, 900, 700])).toEqual([
      200, 400, 400
    ])
    expect(columnTwips([{ width: 1 }, { width: 4 }, { width: 1 }], 1000, [150, 900, 160])).toEqual([
      150, 690, 160
    ])
  })

  it('keeps English words whole: a column is at least as wide as its longest word', async () => {
    const { body } = await written(generateSampleAssessment(bank, { seed: 1 }), 'en-US')
    const pillars = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map(([xml]) => xml)
      .find((xml) => wText(xml).includes('Completion'))!
    const grid = [...pillars.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
    const header = tables(pillars)[0]!.rows[0]!
    // English tables are 9 pt: bold Latin at 0.72 em a letter (180 twips an em) plus the margins.
    header.forEach((label, k) =>
      expect(grid[k], label).toBeGreaterThanOrEqual(Math.ceil(label.length * 0.72 * 180) + 256)
    )
  })

  it('keeps short Chinese headers and entries whole (档位, 达标, 部分符合)', async () => {
    const { body } = await written(generateSampleAssessment(bank, { seed: 1 }), 'zh-CN')
    let checked = 0
    for (const [xml] of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
      const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))
      const [header, ...rows] = tables(xml)[0]!.rows
      // Chinese tables are 五号 (10.5 pt, 210 twips an em), a character an em, plus the margins.
      header!.forEach((label, k) => {
        if (/^[\u4e00-\u9fff]{2,6}$/.test(label)) {
          expect(grid[k], label).toBeGreaterThanOrEqual(label.length * 210 + 256)
          checked++
        }
      })
      for (const row of rows)
        row.forEach((entry, k) => {
          if (/^[\u4e00-\u9fff]{2,4}$/.test(entry))
            expect(grid[k], entry).toBeGreaterThanOrEqual(entry.length * 210 + 256)
        })
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('gives every table a grid with one column per cell, and no theme fonts anywhere', async () => {
    const { parts, body } = await written(generateSampleAssessment(bank, { seed: 2 }))
    const all = tables(body)
    expect(all.length).toBeGreaterThan(15)
    for (const table of all) for (const row of table.rows) expect(row.length).toBe(table.gridCols)
    for (const [name, xml] of Object.entries(parts))
      expect(/w:(ascii|eastAsia|hAnsi|cs)Theme=/i.test(xml), name).toBe(false)
    const styles = parts['word/styles.xml'] as string
    expect(/<w:docDefaults>[\s\S]*?w:eastAsia="宋体"/.test(styles)).toBe(true)
    expect(/w:styleId="Heading1">(?:(?!<\/w:style>)[\s\S])*w:eastAsia="黑体"/.test(styles)).toBe(
      true
    )
    const pages = [...body.matchAll(/<w:pgSz [^>]*\/>/g)].map(([tag]) => tag)
    expect(pages).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(pages).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
  })

  it('holds no field but its own, no external relationship and no link out', async () => {
    const { parts } = await written(generateSampleAssessment(bank, { seed: 3 }))
    const fields = fieldInstructions(parts)
    expect(fields.length).toBeGreaterThan(0)
    for (const field of fields) expect(field).toMatch(/^(PAGEREF _Toc\d+ \\h|PAGE|NUMPAGES)$/)
    for (const [name, xml] of Object.entries(parts)) {
      if (name.endsWith('.rels')) expect(/TargetMode="External"/.test(xml), name).toBe(false)
      expect(/<w:hyperlink [^>]*r:id=/.test(xml), name).toBe(false)
    }
  })

  it('shows the engine’s overall score, level, factor values and findings as the screen does', async () => {
    const assessment = generateSampleAssessment(bank, { seed: 4 })
    const result = scoreAssessment(bank, assessment)
    const { doc, body } = await written(assessment)
    const text = wText(body)
    expect(doc.overall.score).toBe(formatScore(result.overall.score))
    expect(text.includes(`综合得分${doc.overall.score}`)).toBe(true)
    expect(text.includes(`总体等级${doc.overall.level}`)).toBe(true)
    const all = tables(body)
    const factors = all.find((t) => t.rows[0]?.[0] === '编号' && t.rows[0]?.[1] === '评价要素')!
    for (const factor of result.factors) {
      const row = factors.rows.find((r) => r[0] === factor.id)!
      expect(row[5]).toBe(formatScore(factor.score))
    }
    const findings = all.find((t) => t.rows[0]?.[2] === '问题描述')!
    expect(findings.rows.slice(1).map((r) => /^【([^】]+)】/.exec(r[2]!)?.[1])).toEqual(
      result.findings.map((f) => f.targetId)
    )
  })

  it('marks a draft DRAFT, and a sealed report neither', async () => {
    const draft = await written(generateSampleAssessment(bank, { seed: 5 }))
    expect(draft.doc.draft).toBe(true)
    expect(Object.values(draft.parts).join('').includes('草稿 DRAFT')).toBe(true)
    const sealed = await written(finalized(5))
    expect(sealed.doc.draft).toBe(false)
    expect(/DRAFT|草稿（/.test(Object.values(sealed.parts).join(''))).toBe(false)
    expect(sealed.doc.cover.fields).toContainEqual(['报告日期', '2025-07-19'])
    expect(wText(sealed.body).includes(sealed.doc.cover.contentHash)).toBe(true)
  })
})
