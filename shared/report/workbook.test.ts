import type ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { assessmentContentHash } from '../assessment/canonical'
import { isFinalizationSealValid } from '../assessment/seal'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring'
import { reportLabels } from './labels'
import { defaultBank } from '../testing/default-bank'
import { figure, formulaOf, rowsById, sheet, writeAndRead, GENERATED_AT } from './test-support'
import { SHEET_ORDER } from './write-workbook'

// Writing and reading workbooks takes seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 })

const bank = defaultBank()
const sample = generateSampleAssessment(bank, { seed: 1 })
const result = scoreAssessment(bank, sample)
const zh = reportLabels('zh-CN')
const en = reportLabels('en-US')
const NA = zh.noValue

/** Summary columns (see summary-formulas.ts SUM_COL). */
const S = { questionnaire: 3, factors: 4, combined: 5, weight: 6, level: 7 } as const
/** Factors and Details columns (see sheet-factors.ts / sheet-details.ts). */
const F = { value: 5, band: 6, score: 7 } as const
const D = { weight: 6, answer: 8, itemScore: 10, countedScore: 11, answeredAt: 21 } as const

const orNA = (value: number | null): number | string => value ?? NA
const sheetOrder = (labels: typeof zh): string[] => SHEET_ORDER.map((key) => labels.sheets[key])

describe('the single report, read back with exceljs', async () => {
  const { workbook, model } = await writeAndRead(bank, sample)
  const summary = sheet(workbook, zh.sheets.summary)
  const factors = sheet(workbook, zh.sheets.factors)
  const details = sheet(workbook, zh.sheets.details)
  const cover = sheet(workbook, zh.sheets.cover)
  const summaryRows = rowsById(summary, 5)

  it('has the eight sheets in order, named in Chinese by default and in English on request', async () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(sheetOrder(zh))
    expect(sheetOrder(zh)).toEqual([
      '封面',
      '总览',
      '评价要素',
      '评估明细',
      '问题清单',
      '复核记录',
      '变更记录',
      '评分方法'
    ])
    const english = await writeAndRead(bank, sample, 'en-US')
    expect(english.workbook.worksheets.map((ws) => ws.name)).toEqual(sheetOrder(en))
    expect(sheetOrder(en)).toEqual([
      'Cover',
      'Summary',
      'Evaluation factors',
      'Details',
      'Findings',
      'Review record',
      'Audit log',
      'Method'
    ])
    const enSummary = sheet(english.workbook, en.sheets.summary)
    expect(figure(enSummary.getCell(4, S.combined))).toBe(result.overall.score)
    expect(enSummary.getCell(3, S.questionnaire).value).toBe(en.summary.headers.questionnaire)
  })

  it('stores the engine figures: overall, pillars, sections/processes, factors, items, completion', () => {
    expect(figure(summary.getCell(4, S.combined))).toBe(result.overall.score)
    for (const pillar of result.pillars) {
      const row = summaryRows.get(pillar.id) as number
      expect(figure(summary.getCell(row, S.combined)), pillar.id).toBe(orNA(pillar.score))
      expect(figure(summary.getCell(row, S.weight)), pillar.id).toBe(pillar.pillarWeight)
    }
    expect(result.sections.length).toBeGreaterThan(10)
    for (const section of result.sections) {
      const row = summaryRows.get(section.id) as number
      const cell = (column: number): unknown => figure(summary.getCell(row, column))
      expect(cell(S.questionnaire), section.id).toBe(orNA(section.questionnaireScore))
      if (section.factorIds.length > 0)
        expect(cell(S.factors), section.id).toBe(orNA(section.factorScore))
      expect(cell(S.combined), section.id).toBe(orNA(section.combinedScore))
      expect(cell(S.weight), section.id).toBe(section.weightsUsed.sectionWeight)
    }
    const factorRows = rowsById(factors, 2)
    for (const factor of result.factors) {
      const row = factorRows.get(factor.id) as number
      expect(figure(factors.getCell(row, F.value)), factor.id).toBe(orNA(factor.value))
      expect(figure(factors.getCell(row, F.score)), factor.id).toBe(orNA(factor.score))
    }
    const detailRows = rowsById(details, 2)
    for (const q of result.questions) {
      const row = detailRows.get(q.id) as number
      expect(details.getCell(row, D.weight).value, q.id).toBe(q.weight)
      if (q.itemScore !== null)
        expect(details.getCell(row, D.itemScore).value, q.id).toBe(q.itemScore)
    }
    // Cover: overall score (a formula on the Summary), completion as a fraction, factor index.
    const coverRows = rowsById(cover)
    expect(figure(cover.getCell(coverRows.get(zh.cover.overall) as number, 2))).toBe(
      result.overall.score
    )
    expect(cover.getCell(coverRows.get(zh.cover.completion) as number, 2).value).toBe(
      result.completion.combined.percent / 100
    )
    expect(figure(cover.getCell(coverRows.get(zh.cover.factorIndex) as number, 2))).toBe(
      orNA(result.factorIndex)
    )
    expect(model.summary.overall.score).toBe(result.overall.score)
  })

  it('computes the scores with live formulas over Details, Factors and Method', () => {
    const overall = formulaOf(summary.getCell(4, S.combined))
    expect(overall).toBeDefined()
    for (const section of result.sections) {
      const row = summaryRows.get(section.id) as number
      const q = formulaOf(summary.getCell(row, S.questionnaire)) ?? ''
      expect(q, section.id).toMatch(/^IF\(SUMPRODUCT\(/)
      expect(q).toContain(`'${zh.sheets.details}'!$K$2:$K$`)
      expect(formulaOf(summary.getCell(row, S.combined)), section.id).toContain(
        `'${zh.sheets.method}'!`
      )
      expect(formulaOf(summary.getCell(row, S.level)), section.id).toBeDefined()
    }
    for (const pillar of result.pillars) {
      const row = summaryRows.get(pillar.id) as number
      expect(formulaOf(summary.getCell(row, S.combined)), pillar.id).toContain('SUMPRODUCT(')
    }
    const factorRows = rowsById(factors, 2)
    for (const factor of bank.factors) {
      const row = factorRows.get(factor.id) as number
      expect(formulaOf(factors.getCell(row, F.value)), factor.id).toBeDefined()
      expect(formulaOf(factors.getCell(row, F.band)), factor.id).toBeDefined()
      expect(formulaOf(factors.getCell(row, F.score)), factor.id).toBeDefined()
    }
    const coverRows = rowsById(cover)
    expect(formulaOf(cover.getCell(coverRows.get(zh.cover.overall) as number, 2))).toBe(
      `'${zh.sheets.summary}'!$E$4`
    )
  })

  it('formats scores with one decimal, shares as percentages, dates as dates', () => {
    expect(summary.getCell(4, S.combined).numFmt).toBe('0.0')
    const section = summaryRows.get('C3') as number
    expect(summary.getCell(section, S.questionnaire).numFmt).toBe('0.0')
    expect(summary.getCell(section, 9).numFmt).toMatch(/%$/)
    const coverRows = rowsById(cover)
    expect(cover.getCell(coverRows.get(zh.cover.completion) as number, 2).numFmt).toMatch(/%$/)
    expect(details.getCell(2, D.countedScore).numFmt).toBe('0.0')
    expect(details.getCell(2, D.answeredAt).numFmt).toBe('yyyy-mm-dd hh:mm')
    const factorRows = rowsById(factors, 2)
    expect(factors.getCell(factorRows.get('F01') as number, F.value).numFmt).toMatch(/%$/)
  })

  it('types dates and numbers (never strings)', () => {
    const coverRows = rowsById(cover)
    const period = coverRows.get(zh.cover.period) as number
    expect(cover.getCell(period, 2).value).toBeInstanceOf(Date)
    expect((cover.getCell(period, 3).value as Date).toISOString().slice(0, 10)).toBe(
      sample.metadata.period.end
    )
    const generated = cover.getCell(coverRows.get(zh.cover.generatedAt) as number, 2).value
    // The wall-clock time of GENERATED_AT (+08:00), stored as Excel stores local times.
    expect((generated as Date).toISOString()).toBe('2025-07-20T10:00:00.000Z')
    expect(GENERATED_AT.startsWith('2025-07-20T10:00')).toBe(true)
    expect(details.getCell(2, D.answeredAt).value).toBeInstanceOf(Date)
    expect(typeof details.getCell(2, D.weight).value).toBe('number')
    expect(typeof details.getCell(2, D.countedScore).value).toBe('number')
  })

  it('freezes headers, filters, repeats print titles and fits the width', () => {
    const view = (ws: ExcelJS.Worksheet): Partial<ExcelJS.WorksheetView> =>
      ws.views[0] as Partial<ExcelJS.WorksheetView>
    expect(view(summary)).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 })
    expect(view(details)).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 })
    expect(view(factors)).toMatchObject({ state: 'frozen', ySplit: 1 })
    const findings = sheet(workbook, zh.sheets.findings)
    const audit = sheet(workbook, zh.sheets.audit)
    expect(view(findings)).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(view(audit)).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(details.autoFilter).toBe(`A1:U${result.questions.length + 1}`)
    for (const ws of [details, factors, findings, audit])
      expect(ws.autoFilter, ws.name).toBeTruthy()
    for (const ws of [details, findings, audit])
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1')
    for (const ws of workbook.worksheets) {
      // The factors sheet has tables of other columns below: it prints at a fixed, readable
      // scale instead (factor-systems-print.test.ts).
      if (ws !== factors) expect(ws.pageSetup.fitToWidth, ws.name).toBe(1)
      expect(ws.pageSetup.paperSize, ws.name).toBe(9)
    }
    expect(details.getColumn(4).width).toBeGreaterThanOrEqual(40)
    expect(details.getCell(2, 4).alignment?.wrapText).toBe(true)
    // Rows grow to show their wrapped texts (no spreadsheet does it on opening a file).
    const long = details
      .getRows(2, result.questions.length)!
      .find((row) => String(row.getCell(4).value).length > 40)
    expect(long?.height).toBeGreaterThan(20)
  })

  it('marks a draft DRAFT on the cover, the summary and every page header', () => {
    expect(model.draft).toBe(true)
    expect(String(cover.getCell(3, 1).value)).toContain('DRAFT')
    expect(String(summary.getCell(2, 1).value)).toContain('DRAFT')
    for (const ws of workbook.worksheets)
      expect(ws.headerFooter.oddHeader ?? '', ws.name).toContain(zh.pageHeaderDraft)
  })

  it("puts the assessment's canonical content hash, the bank and the profile on the cover", () => {
    const coverRows = rowsById(cover)
    const value = (label: string): unknown => cover.getCell(coverRows.get(label) as number, 2).value
    expect(value(zh.cover.contentHash)).toBe(assessmentContentHash(sample))
    expect(value(zh.cover.bankHash)).toBe(model.cover.bank.contentHash)
    expect(String(value(zh.cover.bank))).toContain(`${bank.id} ${bank.version}`)
    expect(String(value(zh.cover.profile))).toContain(sample.profile.id)
    expect(value(zh.cover.institution)).toBe(sample.metadata.institution)
    expect(String(value(zh.cover.explanation))).toBe(result.overall.text['zh-CN'])
    // The level's name stands beside its code, as a formula over the Method sheet's level table.
    const levelRow = coverRows.get(zh.cover.level) as number
    const level = sample.profile.levels.find((l) => l.level === result.overall.level)
    expect(figure(cover.getCell(levelRow, 2))).toBe(level?.code)
    expect(figure(cover.getCell(levelRow, 3))).toBe(level?.label['zh-CN'])
    expect(formulaOf(cover.getCell(levelRow, 3))).toContain(`'${zh.sheets.method}'!`)
  })
})

describe('a finalized report', () => {
  it('drops the DRAFT mark only when sealed with a matching hash and complete', async () => {
    expect(result.completion.combined.percent).toBe(100)
    const finalized = structuredClone(sample)
    finalized.status = 'finalized'
    finalized.finalization = {
      by: '黄涛',
      at: '2025-07-19T16:00:00+08:00',
      contentHash: assessmentContentHash(finalized)
    }
    expect(isFinalizationSealValid(finalized)).toBe(true)
    const { workbook, model } = await writeAndRead(bank, finalized)
    expect(model.draft).toBe(false)
    const cover = sheet(workbook, zh.sheets.cover)
    expect(String(cover.getCell(3, 1).value)).toContain(zh.finalMark)
    expect(String(cover.getCell(3, 1).value)).not.toContain('DRAFT')
    for (const ws of workbook.worksheets)
      expect(ws.headerFooter.oddHeader ?? '', ws.name).not.toContain('DRAFT')

    // A seal that no longer matches the content is still a draft.
    const changed = structuredClone(finalized)
    changed.metadata.institution = '另一家证券'
    const stale = await writeAndRead(bank, changed)
    expect(stale.model.draft).toBe(true)
  })
})
