import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Download, Locator, Page } from '@playwright/test'
import { expectDownload } from './downloads'
import { expect, forEachLanguage, test } from './fixtures'

/*
 * Registers on the factors screen, in both languages: the template the app offers, filled by a
 * script with data whose figures are known, imported (previewed first), the figures it gives with
 * their source, the rows behind one, an override with its reason, and the exported workbook.
 *
 * Known by construction (period 2026; the seed's key systems 集中交易系统 sys-1 real-time, 清算系统):
 * five incidents, I5 before the period → F01 故障总数 4, found by monitoring 3 (I3 reported from
 * outside); 集中交易系统 down 76 + 40 = 116 min in trading hours of 60,000.
 */

const PERIOD = { start: '2026-01-01', end: '2026-12-31' }
const at = (text: string): Date => new Date(`${text}:00Z`)

const SYSTEMS = [
  ['集中交易系统', '第四类', '是', 60000],
  ['清算系统', '第三类', '否', 100000]
]
// 故障编号, 系统, 开始时间, 发现方式, 恢复时间, 是否交易时段
const INCIDENTS = [
  ['I1', '集中交易系统', at('2026-03-05T09:30'), '监控告警', at('2026-03-05T10:46'), '是'],
  ['I2', '集中交易系统', at('2026-06-01T13:10'), '技术手段主动发现', at('2026-06-01T13:50'), '是'],
  ['I3', '清算系统', at('2026-07-01T20:00'), '外部报告', at('2026-07-01T20:10'), '否'],
  ['I4', '清算系统', at('2026-08-01T20:00'), '监控告警', at('2026-08-01T20:30'), '否'],
  ['I5', '集中交易系统', at('2025-12-20T10:00'), '监控告警', at('2025-12-20T10:30'), '是']
]

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer)
  return workbook
}

/** Writes rows under the template's headers, by header text (row 1), as a script would. */
function fill(sheet: ExcelJS.Worksheet, headers: string[], rows: unknown[][]): void {
  const columns = headers.map((header) => {
    let found = 0
    sheet.getRow(1).eachCell((cell, column) => {
      if (String(cell.value) === header) found = column
    })
    expect(found, `${sheet.name} has a column ${header}`).toBeGreaterThan(0)
    return found
  })
  rows.forEach((values, i) =>
    values.forEach((value, j) => {
      sheet.getRow(i + 2).getCell(columns[j]!).value = value as ExcelJS.CellValue
    })
  )
}

async function filledTemplate(template: Download): Promise<Buffer> {
  const workbook = await workbookOf(template)
  fill(
    workbook.getWorksheet('系统清单')!,
    ['系统', '系统类别', '是否实时交易系统', '计划服务时长（分钟）'],
    SYSTEMS
  )
  fill(
    workbook.getWorksheet('故障台账')!,
    ['故障编号', '系统', '开始时间', '发现方式', '恢复时间', '是否交易时段'],
    INCIDENTS
  )
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const LANGUAGES = [
  {
    locale: 'zh-CN',
    sheets: ['填写说明', '系统清单', '故障台账', '变更台账', '演练台账', '压测台账'],
    outside: '不在评估期内（2025-12-20 10:00）',
    fromRegisters: '来自台账',
    registersSheet: '台账明细',
    overridden: '已覆盖'
  },
  {
    locale: 'en-US',
    sheets: ['Instructions', '系统清单', '故障台账', '变更台账', '演练台账', '压测台账'],
    outside: 'outside the period (2025-12-20 10:00)',
    fromRegisters: 'from registers',
    registersSheet: 'Registers',
    overridden: 'overridden'
  }
] as const

/** A picture of one part of the screen (test-results/screenshots), to look at. */
const shot = (part: Locator, name: string) =>
  part.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' })

const pick = (page: Page, name: string, buffer: Buffer) =>
  page.getByTestId('registers-import').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer
  })

forEachLanguage(LANGUAGES, (language) => {
  test('template → filled registers → figures with their rows → override → report', async ({
    page,
    app,
    seeded,
    saveScreenshot
  }) => {
    test.setTimeout(180_000)
    const id = await seeded({ period: PERIOD })
    const { factors, workspace } = app
    await factors.open(id)
    const panel = page.getByTestId('registers-panel')
    await expect(panel).toBeVisible()

    // 下载台账模板: the CLI's workbook, instructions in the UI's language.
    const template = await expectDownload(page, () =>
      page.getByTestId('registers-template').click()
    )
    expect((await workbookOf(template)).worksheets.map((s) => s.name)).toEqual(language.sheets)

    // The filled template: previewed (rows and figures that change), then imported.
    await pick(page, 'registers.xlsx', await filledTemplate(template))
    const preview = page.getByTestId('registers-preview')
    await expect(preview).toBeVisible()
    await expect(page.getByTestId('registers-preview-figures')).toContainText('116')
    await shot(preview, `registers-preview-${language.locale}`)
    await page.getByTestId('registers-confirm').click()
    await expect(preview).toBeHidden()
    await expect(page.getByTestId('registers-stored')).toContainText('registers.xlsx')

    // The figures, from the registers: typed nowhere, shown with their source.
    await expect(factors.input('F01', 'N_fault')).toHaveValue('4')
    await expect(factors.input('F01', 'N_mon')).toHaveValue('3')
    await expect(factors.input('F01', 'N_fault')).toBeDisabled()
    await expect(factors.value('F01')).toHaveText('75.0%')
    await expect(factors.systemInput('F16', 'sys-1', 'T_down_trading')).toHaveValue('116')
    await expect(factors.systemInput('F16', 'sys-1', 'T_trading')).toHaveValue('60000')
    const nFault = page.getByTestId('register-figure-F01.N_fault')
    await expect(nFault).toHaveAttribute('data-source', 'registers')
    await expect(nFault).toContainText(language.fromRegisters)
    await shot(panel, `registers-panel-${language.locale}`)
    await shot(factors.factor('F01'), `registers-f01-${language.locale}`)
    await shot(factors.factor('F16'), `registers-f16-${language.locale}`)
    await saveScreenshot(`registers-factors-${language.locale}`)

    // The rows behind 故障总数: four counted, I5 left out as outside the period.
    await page.getByTestId('register-drill-F01.N_fault').click()
    const drill = page.getByTestId('register-drill')
    await expect(drill.getByTestId('register-drill-value')).toHaveText('4')
    const counted = drill.getByTestId('register-drill-counted').locator('tbody tr.ant-table-row')
    await expect(counted).toHaveCount(4)
    await expect(counted.first()).toContainText('I1')
    const excluded = drill.getByTestId('register-drill-excluded').locator('tbody tr.ant-table-row')
    await expect(excluded).toHaveCount(1)
    await expect(excluded.first()).toContainText('I5')
    await expect(excluded.first()).toContainText(language.outside)
    await shot(drill, `registers-drill-${language.locale}`)

    // An override needs a reason; with one it is in force, marked, and in the audit log.
    await drill.getByTestId('register-override-value').fill('5')
    await drill.getByTestId('register-override-save').click()
    await expect(drill.getByRole('alert')).toBeVisible()
    await drill.getByTestId('register-override-reason').fill('I6 未登记，见值班记录')
    await drill.getByTestId('register-override-save').click()
    await expect(drill.getByTestId('register-override-current')).toContainText('I6 未登记')
    await page.keyboard.press('Escape')
    await expect(nFault).toHaveAttribute('data-source', 'overridden')
    await expect(nFault).toContainText(language.overridden)
    await expect(factors.input('F01', 'N_fault')).toHaveValue('5')
    await expect(factors.value('F01')).toHaveText('60.0%')

    // The scored workbook's Registers sheet: each figure by a formula over its counted rows,
    // the override with its reason, every counted row under the figure it feeds.
    const report = await workbookOf(await workspace.exportReport())
    const sheet = report.getWorksheet(language.registersSheet)!
    expect(sheet, language.registersSheet).toBeDefined()
    const rowOf = (key: string) => {
      let found = 0
      sheet.eachRow((row, n) => {
        if (found === 0 && row.getCell(1).value === key) found = n
      })
      return sheet.getRow(found)
    }
    const figure = rowOf('F01.N_fault')
    const value = figure.getCell(6).value as ExcelJS.CellFormulaValue
    expect(value.formula).toMatch(/^COUNTIFS\(/)
    expect(value.result).toBe(4)
    expect(figure.getCell(7).value).toBe(5)
    expect(figure.getCell(8).value).toBe('I6 未登记，见值班记录')
    const down = rowOf('F16.T_down_trading@sys-1').getCell(6).value as ExcelJS.CellFormulaValue
    expect(down.formula).toMatch(/^SUMIFS\(/)
    expect(down.result).toBe(116)
    const listed: string[] = []
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'F01.N_fault' && typeof row.getCell(4).value === 'number')
        listed.push(String(row.getCell(5).value))
    })
    expect(listed).toEqual(['I1', 'I2', 'I3', 'I4'])

    // The Evaluation factors sheet's inputs read the Registers sheet's value in force.
    const inForce = `'${language.registersSheet}'!$G$${figure.number}`
    const links: Array<{ formula: string; result: unknown }> = []
    report.worksheets[2]!.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue
        if (typeof v === 'object' && v !== null && 'formula' in v && v.formula === inForce)
          links.push({ formula: v.formula, result: v.result })
      })
    )
    expect(links).toEqual([{ formula: inForce, result: 5 }])
  })
})
