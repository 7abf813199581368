import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { filledTemplate } from '../../shared/registers/test-support'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'

/*
 * The registers' figures follow the key systems: imported once on the factors screen, they are
 * measured again when a key system changes on the systems screen, not left stale.
 *
 * Known by construction (period 2026; the seed's key systems 集中交易系统 sys-1 real-time,
 * 清算系统 sys-2 not): I1 集中交易系统 down 76 min in trading hours, I3 清算系统 down 10 min in
 * trading hours, I5 before the period. F16 counts real-time systems only, so 清算系统 has no F16
 * figure until it is marked real-time; then its 10 minutes appear, from the registers.
 */
const PERIOD = { start: '2026-01-01', end: '2026-12-31' }
const at = (text: string): Date => new Date(`${text}:00Z`)
const incident = (id: string, system: string, start: string, end: string) => ({
  故障编号: id,
  系统: system,
  开始时间: at(start),
  发现方式: '监控告警',
  恢复时间: at(end),
  是否交易时段: '是'
})
const INCIDENTS = [
  incident('I1', '集中交易系统', '2026-03-05T09:30', '2026-03-05T10:46'),
  incident('I3', '清算系统', '2026-07-01T10:00', '2026-07-01T10:10'),
  incident('I5', '集中交易系统', '2025-12-20T10:00', '2025-12-20T10:30')
]

async function importRegisters(page: Page): Promise<void> {
  await page.getByTestId('registers-import').setInputFiles({
    name: '故障台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await filledTemplate({ 故障台账: INCIDENTS }))
  })
  await page.getByTestId('registers-confirm').click()
  await expect(page.getByTestId('registers-preview')).toBeHidden()
  await expect(page.getByTestId('registers-stored')).toContainText('故障台账.xlsx')
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test('a key system changed on the systems screen: its register figures are measured again', async ({
      page,
      app,
      openApp
    }) => {
      test.setTimeout(120_000)
      await openApp('/assessments')
      const id = await seedAssessment(page, { period: PERIOD })
      const { factors, systems } = app
      await factors.open(id)
      await importRegisters(page)
      await expect(factors.input('F01', 'N_fault')).toHaveValue('2')
      await expect(factors.systemInput('F16', 'sys-1', 'T_down_trading')).toHaveValue('76')
      await expect(factors.systemRow('F16', 'sys-2')).toHaveCount(0)

      await systems.open(id)
      await systems.realTime('sys-2').check()
      await systems.save()

      await factors.open(id)
      const down = factors.systemInput('F16', 'sys-2', 'T_down_trading')
      await expect(down).toHaveValue('10')
      await expect(down).toBeDisabled()
      await expect(page.getByTestId('register-figure-F16.T_down_trading@sys-2')).toHaveAttribute(
        'data-source',
        'registers'
      )
      await expect(factors.systemInput('F16', 'sys-1', 'T_down_trading')).toHaveValue('76')
      await page.getByTestId('factors-page').screenshot({
        path: `test-results/screenshots/registers-scope-${locale}.png`
      })
    })
  })
}

test.describe('round trip', () => {
  test.use({ locale: 'zh-CN' })

  test('registers imported on one computer come with the assessment file to another, into the report', async ({
    page,
    app,
    openApp,
    otherComputer
  }) => {
    test.setTimeout(150_000)
    await openApp('/assessments')
    const id = await seedAssessment(page, { period: PERIOD })
    await app.factors.open(id)
    await importRegisters(page)
    const exported = await app.workspace.exportFile()
    expect(exported.assessment.registers?.registers.map((r) => r.table.rows.length)).toEqual([3])

    const other = await otherComputer()
    await other.assessmentImport.pick(await exported.download.path())
    await expect(other.assessmentImport.report).toHaveAttribute('data-kind', 'imported')
    await other.assessmentImport.openButton.click()
    await other.factors.open(id)
    await expect(other.page.getByTestId('registers-stored')).toContainText('故障台账.xlsx')
    await expect(other.factors.systemInput('F16', 'sys-1', 'T_down_trading')).toHaveValue('76')
    await expect(
      other.page.getByTestId('register-figure-F16.T_down_trading@sys-1')
    ).toHaveAttribute('data-source', 'registers')

    const workbook = new ExcelJS.Workbook()
    const report = await other.workspace.exportReport()
    await workbook.xlsx.load((await readFile(await report.path())) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('台账明细')
    expect(sheet).toBeDefined()
    const figure = (key: string) => {
      let value: ExcelJS.CellValue = null
      sheet!.eachRow((row) => {
        if (value === null && row.getCell(1).value === key) value = row.getCell(6).value
      })
      return value as ExcelJS.CellFormulaValue | null
    }
    expect(figure('F16.T_down_trading@sys-1')?.result).toBe(76)
    expect(figure('F01.N_fault')?.result).toBe(2)
  })
})
