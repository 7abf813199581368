import { describe, expect, it } from 'vitest'
import bank10Json from '../../resources/banks/sac-stability-2025.json'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring/score'
import { buildReportDocument } from './build-document'
import type { Block, ReportDocument } from './document'
import { cellText } from './document'
import { writeReportDocx } from './docx/write-docx'
import { renderPrintView } from './html/print-html'
import { docxParts, tables, wText } from './test-support'

function load(json: unknown): Bank {
  const result = loadBank(json)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value.bank
}
const bank11 = load(bank11Json)
const AT = '2025-07-20T10:00:00+08:00'

const build = (bank: Bank, assessment: Assessment, locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
  buildReportDocument({ bank, assessment, locale, generatedAt: AT, generator: 'test' })

/** The blocks of 三、评估结果 from the per-system heading on. */
function perSystemPart(doc: ReportDocument, heading: string): Block[] {
  const blocks = doc.sections.flatMap((s) => s.blocks)
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading)
  if (start < 0) return []
  const end = blocks.findIndex((b, k) => k > start && b.kind === 'heading' && b.level <= 2)
  return blocks.slice(start, end < 0 ? undefined : end)
}

describe('the report’s per-system figures (bank 1.1.0)', () => {
  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`gives each per-system factor a table of its key systems, as the engine computed them (${locale})`, async () => {
      const assessment = generateSampleAssessment(bank11, { seed: 1 })
      const result = scoreAssessment(bank11, assessment)
      const doc = build(bank11, assessment, locale)
      const heading = locale === 'zh-CN' ? '（七）分系统结果' : '3.7 Results per system'
      const part = perSystemPart(doc, heading)
      const perSystem = result.factors.filter((f) => f.systems !== null)
      expect(perSystem.map((f) => f.id)).toEqual(['F11', 'F16'])
      expect(part.flatMap((b) => (b.kind === 'heading' && b.level === 3 ? [b.text] : []))).toEqual(
        perSystem.map((f) => `${f.id} ${bank11.factors.find((d) => d.id === f.id)!.name[locale]}`)
      )
      const body = docxParts(await writeReportDocx(doc))['word/document.xml'] as string
      const docxTables = tables(body)
      const view = renderPrintView(doc).body
      for (const factor of perSystem) {
        const table = part.find((b) => b.kind === 'table' && b.name === `systems-${factor.id}`)
        if (table?.kind !== 'table') throw new Error(`no table for ${factor.id}`)
        const systems = factor.systems!
        // F16 is for the real-time systems only: the sample's clearing and valuation systems are not.
        expect(table.rows.map((r) => cellText(r[0]!))).toEqual(systems.map((s) => s.name))
        const percent = (v: number) => `${(v * 100).toFixed(3)}%`
        expect(table.rows.map((r) => cellText(r[2]!))).toEqual(
          systems.map((s) => percent(s.value!))
        )
        expect(table.rows.map((r) => cellText(r[3]!))).toEqual(systems.map((s) => s.band))
        // The system that sets the factor's value is marked, and named under the heading.
        const binding = systems.find((s) => s.systemId === factor.combination!.bindingSystemId)!
        const marked = table.rows.filter((r) => cellText(r[6]!) !== '')
        expect(marked.map((r) => cellText(r[0]!))).toEqual([binding.name])
        expect(percent(factor.value!)).toBe(percent(binding.value!))
        const intro = part[part.indexOf(table) - 1]
        expect(intro?.kind === 'paragraph' && intro.text).toContain(binding.name)
        expect(intro?.kind === 'paragraph' && intro.text).toContain(percent(factor.value!))
        // The same rows in the Word file and in the print view.
        const shown = table.rows.map((r) => r.map(cellText))
        const written = docxTables.find(
          (t) => t.rows[0]?.[0] === table.columns[0]!.header && t.rows[1]?.[2] === shown[0]![2]
        )
        expect(written?.rows.slice(1)).toEqual(shown)
        expect(view).toContain(`data-table="systems-${factor.id}"`)
      }
      expect(wText(body)).toContain(heading)
    })

  it('tests a red line on each system’s own value and shows which system crosses it', () => {
    const raw = structuredClone(bank11Json) as unknown as {
      version: string
      factors: Array<{ id: string; redLines: unknown[] }>
    }
    raw.factors.find((f) => f.id === 'F11')!.redLines = [
      {
        id: 'RL-F11',
        class: 'internal',
        op: 'lt',
        value: 0.9999,
        message: { 'zh-CN': '可用率低于99.99%', 'en-US': 'availability below 99.99%' }
      }
    ]
    raw.version = '1.1.0-rl'
    const bank = load(raw)
    const assessment = generateSampleAssessment(bank, { seed: 1 })
    const factor = scoreAssessment(bank, assessment).factors.find((f) => f.id === 'F11')!
    const doc = build(bank, assessment)
    const table = perSystemPart(doc, '（七）分系统结果').find(
      (b) => b.kind === 'table' && b.name === 'systems-F11'
    )
    if (table?.kind !== 'table') throw new Error('no F11 table')
    const below = factor.systems!.filter((s) => s.value! < 0.9999 - 1e-9).map((s) => s.name)
    expect(below.length).toBeGreaterThan(0)
    expect(below.length).toBeLessThan(factor.systems!.length)
    const breached = table.rows
      .filter((r) => cellText(r[5]!) === '触发')
      .map((r) => cellText(r[0]!))
    expect(breached).toEqual(below)
    // The factor table names the red line's class next to its state.
    const factors = doc.sections
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.name === 'factors')
    if (factors?.kind !== 'table') throw new Error('no factor table')
    expect(cellText(factors.rows.find((r) => r[0] === 'F11')![7]!)).toBe('触发\n内部红线')
  })

  it('says why there is nothing per system: no key systems listed, or a bank without such factors', () => {
    const sample = generateSampleAssessment(bank11, { seed: 1 })
    const none: Assessment = {
      ...sample,
      metadata: { ...sample.metadata, systems: [] },
      factors: sample.factors.filter((f) => f.bySystem === undefined)
    }
    const part = perSystemPart(build(bank11, none), '（七）分系统结果')
    expect(part.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'heading',
      '评估未列出适用的关键系统，按系统计算的评价要素（F11、F16）为 N/A。'
    ])
    const bank10 = load(bank10Json)
    const old = perSystemPart(
      build(bank10, generateSampleAssessment(bank10, { seed: 1 })),
      '（七）分系统结果'
    )
    expect(old.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'heading',
      '本次评估所用题库没有按系统计算的评价要素。'
    ])
  })

  it('lists each key system with its class, real-time mark and service hours in chapter 2', () => {
    const assessment = generateSampleAssessment(bank11, { seed: 1 })
    const table = build(bank11, assessment)
      .sections.flatMap((s) => s.blocks)
      .find((b) => b.kind === 'table' && b.name === 'systems')
    if (table?.kind !== 'table') throw new Error('no systems table')
    expect(table.rows.map((r) => r.slice(1, 4).map(cellText))).toEqual(
      assessment.metadata.systems.map((s) => [
        s.name,
        s.class === undefined ? '未分类' : `第${'一二三四五'[s.class - 1]}类`,
        s.realTime === true ? '是' : '否'
      ])
    )
  })
})
