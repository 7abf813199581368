import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring'
import { buildConsolidatedModel } from './consolidated-model'
import { writeConsolidatedWorkbook } from './consolidated-writer'
import { reportLabels } from './labels'
import { defaultBank } from '../testing/default-bank'
import { figure, formulaOf, GENERATED_AT, openWorkbook, sheet } from './test-support'

const bank = defaultBank()
const zh = reportLabels('zh-CN')
const en = reportLabels('en-US')

function assessmentOf(seed: number, institution: string, year: number): Assessment {
  const a = generateSampleAssessment(bank, { seed })
  a.id = `asm-${seed}`
  a.metadata = {
    ...a.metadata,
    institution,
    period: { start: `${year}-01-01`, end: `${year}-12-31` }
  }
  return a
}

/** Breaches the question red line RL-C5.06 (an unreported incident) in `a`. */
function breachRedLine(a: Assessment): void {
  const answer = a.answers.find((x) => x.questionId === 'C5.06')
  if (answer === undefined) throw new Error('the sample has no answer to C5.06')
  answer.value = 'no'
  delete answer.na
}

describe('the consolidated workbook', async () => {
  const items = [
    assessmentOf(11, '甲证券股份有限公司', 2023),
    assessmentOf(12, '甲证券股份有限公司', 2024),
    assessmentOf(13, '甲证券股份有限公司', 2025),
    assessmentOf(14, '乙证券有限责任公司', 2025)
  ].map((assessment) => ({ bank, assessment }))
  breachRedLine(items[1]!.assessment)
  const results = items.map((i) => scoreAssessment(bank, i.assessment))
  const progress: Array<[number, number]> = []
  const model = await buildConsolidatedModel({
    items,
    generatedAt: GENERATED_AT,
    onProgress: (done, total) => progress.push([done, total])
  })
  const workbook = await openWorkbook(await writeConsolidatedWorkbook(model))

  it('has a cover, one row per assessment, a trend and a red-line sheet', async () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      zh.sheets.cover,
      zh.sheets.assessments,
      zh.sheets.trend,
      zh.sheets.redLines
    ])
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4]
    ])
    const english = await openWorkbook(
      await writeConsolidatedWorkbook(
        await buildConsolidatedModel({ items, generatedAt: GENERATED_AT, locale: 'en-US' })
      )
    )
    expect(english.worksheets.map((ws) => ws.name)).toEqual([
      'Cover',
      'Assessments',
      'Trend',
      'Red lines'
    ])
    expect(en.sheets.assessments).toBe('Assessments')
  })

  it('lists each assessment once with its overall, pillar, process and factor scores', () => {
    const ws = sheet(workbook, zh.sheets.assessments)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
    const header = new Map<string, number>()
    ws.getRow(1).eachCell((cell, n) => {
      if (typeof cell.value === 'string' && !header.has(cell.value)) header.set(cell.value, n)
    })
    const rows = [3, 4, 5, 6]
    const ids = rows.map((r) => {
      const row = ws.getRow(r)
      let id = ''
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && cell.value.startsWith('asm-')) id = cell.value
      })
      return id
    })
    expect([...ids].sort()).toEqual(['asm-11', 'asm-12', 'asm-13', 'asm-14'])
    expect(ws.getCell(7, 1).value).toBeNull()
    rows.forEach((r, k) => {
      const result = results[items.findIndex((i) => i.assessment.id === ids[k])]!
      expect(ws.getCell(r, 6).value, ids[k]).toBe(result.overall.score)
      expect(ws.getCell(r, 2).value).toBeInstanceOf(Date)
      for (const pillar of result.pillars) {
        const column = [...header.entries()].find(([text]) => text.startsWith(`${pillar.id} `))?.[1]
        expect(column, pillar.id).toBeDefined()
        expect(ws.getCell(r, column!).value, `${ids[k]} ${pillar.id}`).toBe(pillar.score)
      }
      for (const section of result.sections.filter((s) => s.id === 'C5' || s.id === 'A1')) {
        const column = [...header.entries()].find(([text]) =>
          text.startsWith(`${section.id} `)
        )?.[1]
        expect(ws.getCell(r, column!).value, `${ids[k]} ${section.id}`).toBe(section.combinedScore)
      }
      const f01 = [...header.entries()].find(([text]) => text.startsWith('F01 '))?.[1]
      expect(ws.getCell(r, f01!).value).toBe(result.factors.find((f) => f.id === 'F01')!.score)
    })
  })

  it('follows one institution over its periods on the Trend sheet, with changes as formulas', () => {
    const ws = sheet(workbook, zh.sheets.trend)
    expect(model.trend).toHaveLength(1)
    expect(ws.getCell(2, 1).value).toBe('甲证券股份有限公司')
    const ends = [2, 3, 4].map((r) => (ws.getCell(r, 3).value as Date).toISOString().slice(0, 4))
    expect(ends).toEqual(['2023', '2024', '2025'])
    const overall = (r: number): number => ws.getCell(r, 4).value as number
    expect(overall(2)).toBe(results[0]!.overall.score)
    expect(formulaOf(ws.getCell(3, 5))).toBe('IF(AND(ISNUMBER(D3),ISNUMBER(D2)),D3-D2,"")')
    expect(figure(ws.getCell(3, 5))).toBeCloseTo(overall(3) - overall(2), 12)
    expect(figure(ws.getCell(4, 5))).toBeCloseTo(overall(4) - overall(3), 12)
    // The institution seen once has no trend.
    const institutions: unknown[] = []
    ws.eachRow((row) => institutions.push(row.getCell(1).value))
    expect(institutions).not.toContain('乙证券有限责任公司')
  })

  it('gathers the red lines of all assessments in one place', () => {
    const ws = sheet(workbook, zh.sheets.redLines)
    const breaches = results.flatMap((r) => r.overall.redLineBreaches)
    expect(breaches.length).toBeGreaterThan(0)
    expect(model.redLines).toHaveLength(breaches.length)
    const listed: string[] = []
    ws.eachRow((row, n) => {
      if (n > 1) listed.push(`${String(row.getCell(3).value)} ${String(row.getCell(4).value)}`)
    })
    for (const [k, r] of results.entries())
      for (const b of r.overall.redLineBreaches)
        expect(listed).toContain(`${items[k]!.assessment.id} ${b.redLineId}`)
    expect(ws.autoFilter).toBeTruthy()
  })

  it('marks the workbook DRAFT while any assessment is not finalized', () => {
    expect(model.draftCount).toBe(4)
    expect(String(sheet(workbook, zh.sheets.cover).getCell(2, 1).value)).toContain('DRAFT')
  })
})
