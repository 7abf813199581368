import { beforeAll, describe, expect, it } from 'vitest'
import measuresJson from '../../resources/registers/sac-stability-2025-measures.json'
import type { Locale } from '../bank/primitives'
import { measureSetSchema } from '../registers/measure'
import { readRegisterFile } from '../registers/read-file'
import { registerSheetInput, type StoredRegisterFile } from '../registers/sheet-input'
import { filledTemplate, PERIOD } from '../registers/test-support'
import type { RegisterSheetInput } from '../report/sheet-registers'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { buildReportDocument } from './build-document'
import type { Block, ReportDocument } from './document'
import { cellText } from './document'
import { writeReportDocx } from './docx/write-docx'
import { renderReportHtml } from './html/print-html'
import { docxParts, fieldInstructions, tables, wText } from './test-support'

const bank = defaultBank()
const AT = '2026-12-06T10:00:00+08:00'
const REASON = '</w:t><w:instrText>INCLUDETEXT "c:/x"</w:instrText><w:t> I38 未登记'
const FILE = '{ MERGEFIELD x } 台账.xlsx'

function sample() {
  const assessment = generateSampleAssessment(bank, { seed: 1 })
  assessment.metadata.period = PERIOD
  const names: Record<string, string> = { 集中交易系统: '集中交易', 网上交易系统: '网上交易' }
  for (const s of assessment.metadata.systems) s.name = names[s.name] ?? s.name
  return assessment
}

type Table = Extract<Block, { kind: 'table' }>
const tableNamed = (doc: ReportDocument, name: string): Table | undefined =>
  doc.sections
    .flatMap((s) => s.blocks)
    .find((b): b is Table => b.kind === 'table' && b.name === name)

describe('附件6 台账明细 (the registers annex)', () => {
  let registers: StoredRegisterFile[] = []
  const inputs = {} as Record<Locale, RegisterSheetInput>

  beforeAll(async () => {
    const read = await readRegisterFile(FILE, await filledTemplate(), {
      importedAt: '2026-12-06T09:00:00+08:00'
    })
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
    registers = read.value.tables.map((table) => ({ source: read.value.source, table }))
    for (const locale of ['zh-CN', 'en-US'] as const)
      inputs[locale] = registerSheetInput({
        bank,
        measures: measureSetSchema.parse(measuresJson),
        metadata: sample().metadata,
        registers,
        overrides: { 'F01.N_fault': { value: 36, reason: REASON } },
        locale
      })
  })

  for (const locale of ['zh-CN', 'en-US'] as const)
    it(`lists each register file, each figure's counted and left-out rows, and why (${locale})`, () => {
      const input = inputs[locale]
      const doc = buildReportDocument({
        bank,
        assessment: sample(),
        locale,
        generatedAt: AT,
        registers: input
      })
      // Last, in a landscape section of its own: the other annexes keep their numbers.
      const last = doc.sections.at(-1)!
      expect(doc.sections).toHaveLength(6)
      expect(last.orientation).toBe('landscape')
      expect(last.blocks[0]).toEqual({
        kind: 'heading',
        level: 2,
        text: locale === 'zh-CN' ? '附件6　台账明细' : 'Annex 6. Registers'
      })

      const files = tableNamed(doc, 'register-files')!
      expect(files.rows).toHaveLength(registers.length)
      for (const [k, r] of registers.entries()) {
        expect(files.rows[k]!.map(cellText).slice(1, 4)).toEqual([
          FILE,
          r.source.sha256,
          String(r.table.rows.length)
        ])
        expect(r.source.sha256).toMatch(/^[0-9a-f]{64}$/)
      }

      const figures = tableNamed(doc, 'register-figures')!
      expect(figures.rows).toHaveLength(input.figures.length)
      expect(input.figures.length).toBeGreaterThan(5)
      input.figures.forEach((f, k) => {
        const row = figures.rows[k]!.map(cellText)
        expect(row[6]).toBe(String(f.counted.length))
        expect(row[7]).toBe(String(f.excluded!.length))
      })
      // 故障总数: 37 incidents in the register, 2 of them before the period; the assessor's 36.
      const fault = input.figures.findIndex((f) => f.key === 'F01.N_fault')
      const faultRow = figures.rows[fault]!.map(cellText)
      expect(faultRow.slice(4, 9)).toEqual(['35', '36', '35', '2', REASON])

      // Every left-out row is in exactly one reason's count, with its row number listed.
      const exclusions = tableNamed(doc, 'register-exclusions')!
      const leftOut = input.figures.reduce((n, f) => n + f.excluded!.length, 0)
      expect(leftOut).toBeGreaterThan(0)
      expect(exclusions.rows.reduce((n, r) => n + Number(cellText(r[3]!)), 0)).toBe(leftOut)
      // The two incidents before the period: one reason, both rows named (the register's rows).
      const figure = input.figures[fault]!
      expect(figure.excluded!.map((r) => r.reason.code)).toEqual(['outsidePeriod', 'outsidePeriod'])
      const faultReasons = exclusions.rows.filter(
        (r) => cellText(r[0]!) === figure.factor && cellText(r[1]!) === figure.input
      )
      // Both started 2025-12-20 10:00, so the reason keeps the time; different times would read
      // 不在评估期内 / outside the period once.
      expect(faultReasons.map((r) => cellText(r[2]!))).toEqual([
        locale === 'zh-CN'
          ? '不在评估期内（2025-12-20 10:00）'
          : 'outside the period (2025-12-20 10:00)'
      ])
      const where = cellText(faultReasons[0]![4]!)
      for (const row of figure.excluded!) expect(where).toContain(String(row.row))
      expect(where).toContain(figure.excluded![0]!.sheet)
    })

  it('is in the .docx and the print view as literal text, and absent without registers', async () => {
    const doc = buildReportDocument({
      bank,
      assessment: sample(),
      generatedAt: AT,
      registers: inputs['zh-CN']
    })
    const parts = docxParts(await writeReportDocx(doc))
    const body = parts['word/document.xml'] as string
    const texts = wText(body)
    expect(texts).toContain('附件6　台账明细')
    expect(texts).toContain(FILE)
    expect(texts).toContain(REASON)
    expect(texts).toContain(registers[0]!.source.sha256)
    // The hostile reason and file name stay text: no field but the document's own.
    for (const field of fieldInstructions(parts))
      expect(field).toMatch(/^(PAGEREF _Toc\d+ \\h|PAGE|NUMPAGES)$/)
    const files = tables(body).find((t) => t.rows.some((r) => r.includes(FILE)))!
    expect(files.rows[0]).toEqual(['台账', '文件', 'SHA-256', '行数', '导入时间'])
    expect(files.rows.every((r) => r.length === files.gridCols)).toBe(true)
    const html = renderReportHtml(doc)
    expect(html).toContain('附件6　台账明细')
    expect(html).toContain(registers[0]!.source.sha256)
    expect(html).not.toContain('<w:instrText>')

    const without = buildReportDocument({ bank, assessment: sample(), generatedAt: AT })
    expect(without.sections).toHaveLength(5)
    expect(tableNamed(without, 'register-files')).toBeUndefined()
  })
})

describe('the reasons of the registers annex', () => {
  it('groups rows left out at different times as one reason, listing at most 30 rows', () => {
    const excluded = Array.from({ length: 40 }, (_, k) => ({
      register: 'incidents' as const,
      sheet: '故障台账',
      row: k + 2,
      id: `I${k}`,
      system: '集中交易',
      reason: {
        code: 'outsidePeriod' as const,
        at: `2025-12-${String((k % 28) + 1).padStart(2, '0')}T10:00`
      }
    }))
    const input: RegisterSheetInput = {
      sources: [],
      figures: [
        {
          key: 'F01.N_fault',
          factor: 'F01',
          input: '故障总数',
          system: null,
          aggregate: 'count',
          value: 0,
          counted: [],
          excluded
        }
      ]
    }
    const doc = buildReportDocument({
      bank,
      assessment: sample(),
      generatedAt: AT,
      registers: input
    })
    const rows = tableNamed(doc, 'register-exclusions')!.rows.map((r) => r.map(cellText))
    expect(rows).toHaveLength(1)
    expect(rows[0]!.slice(2, 4)).toEqual(['不在评估期内', '40'])
    expect(rows[0]![4]).toBe(
      `故障台账 第 ${Array.from({ length: 30 }, (_, k) => k + 2).join(', ')} 行 等，共 40 行`
    )
  })
})
