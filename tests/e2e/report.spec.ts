import { readFile } from 'node:fs/promises'
import type { Download } from '@playwright/test'
import ExcelJS from 'exceljs'
import { reportLabels } from '../../shared/report/labels'
import { SHEET_ORDER } from '../../shared/report/write-workbook'
import { formatScore } from '../../shared/scoring/format'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'

// The order itself is pinned, as literal names, in shared/report/workbook.test.ts.
const singleSheets = (locale: 'zh-CN' | 'en-US'): string[] =>
  SHEET_ORDER.map((key) => reportLabels(locale).sheets[key])
const CONSOLIDATED_SHEETS = ['封面', '评估汇总', '趋势', '红线']

async function readWorkbook(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer)
  return workbook
}

/** The stored result of a formula cell (or the plain value), formatted as the app shows scores. */
function shown(cell: ExcelJS.Cell): string {
  const value = cell.value as number | { result?: unknown } | null
  const figure = typeof value === 'object' && value !== null ? value.result : value
  if (typeof figure !== 'number')
    throw new Error(`${cell.address} holds no score: ${String(figure)}`)
  return formatScore(figure)
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('exports the scored report of the open assessment; its scores are the app’s', async ({
    page,
    sampleAssessment: { app }
  }) => {
    const { workspace } = app
    await expect(workspace.overallScore).not.toHaveAttribute('data-value', '')
    const appScore = await workspace.overallScore.getAttribute('data-value')

    await page.screenshot({ path: test.info().outputPath('workspace-header-zh.png') })
    const file = await workspace.exportReport()
    expect(file.suggestedFilename()).toBe('稳定性评估报告_示例证券股份有限公司_2025-06-30.xlsx')
    const workbook = await readWorkbook(file)
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(singleSheets('zh-CN'))
    const summary = workbook.getWorksheet('总览')!
    expect(shown(summary.getCell('E4'))).toBe(appScore)
    const cover = workbook.getWorksheet('封面')!
    expect(shown(cover.getCell('B11'))).toBe(appScore)
    expect((cover.getCell('B11').value as ExcelJS.CellFormulaValue).formula).toBe("'总览'!$E$4")
    expect(String(cover.getCell('A3').value)).toContain('DRAFT')
    expect(cover.getCell('B5').value).toBe('示例证券股份有限公司')
    // The app's own level agrees with the workbook's.
    const level = await workspace.overallLevel.innerText()
    const stored = (summary.getCell('G4').value as ExcelJS.CellFormulaValue).result
    expect(level).toContain(String(stored))
  })

  test('exports a consolidated workbook of the assessments selected on the home list', async ({
    page,
    sampleAssessment: { id: sampleId, app }
  }) => {
    const { home, workspace } = app
    const appScore = await workspace.overallScore.getAttribute('data-value')
    const otherId = await seedAssessment(page, {
      institution: '乙证券有限责任公司',
      period: { start: '2025-01-01', end: '2025-12-31' }
    })
    await page.goto('/#/assessments')
    await expect(home.rows).toHaveCount(2)
    const button = home.exportSelectedReportButton
    await expect(button).toBeDisabled()
    await home.select(sampleId)
    await expect(button).toBeEnabled()
    // Selecting does not open the assessment.
    await expect(page).toHaveURL(/#\/assessments/)
    await home.select(otherId)
    await expect(button).toContainText('2')
    await page.screenshot({ path: test.info().outputPath('home-selection-zh.png') })

    const file = await home.exportSelectedReport()
    expect(file.suggestedFilename()).toMatch(/^稳定性评估汇总_2份_\d{4}-\d{2}-\d{2}\.xlsx$/)
    const workbook = await readWorkbook(file)
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(CONSOLIDATED_SHEETS)
    const rows = workbook.getWorksheet('评估汇总')!
    const institutions = [3, 4].map((r) => rows.getCell(r, 1).value)
    expect([...institutions].sort()).toEqual(['乙证券有限责任公司', '示例证券股份有限公司'])
    expect(rows.getCell(5, 1).value).toBeNull()
    const sampleRow = institutions.indexOf('示例证券股份有限公司') + 3
    expect(shown(rows.getCell(sampleRow, 6))).toBe(appScore)
    await expect(home.exportProgress).toHaveCount(0)
  })
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('names the file and the sheets in English', async ({
    page,
    sampleAssessment: { id, app }
  }) => {
    const { home, workspace } = app
    const appScore = await workspace.overallScore.getAttribute('data-value')
    await expect(workspace.exportReportButton).toHaveText('Export report')
    const file = await workspace.exportReport()
    expect(file.suggestedFilename()).toBe('stability-report_示例证券股份有限公司_2025-06-30.xlsx')
    const workbook = await readWorkbook(file)
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(singleSheets('en-US'))
    expect(shown(workbook.getWorksheet('Summary')!.getCell('E4'))).toBe(appScore)
    await page.goto('/#/assessments')
    await home.select(id)
    await expect(home.exportSelectedReportButton).toHaveText(
      'Export report of the selected assessment'
    )
    await page.screenshot({ path: test.info().outputPath('home-selection-en.png') })
  })
})
