import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, forEachLocale, inLocale, test } from './fixtures'
import type { FactorsPage } from './pages/factors'
import { incidentsWorkbook, KNOWN_INCIDENTS, REGISTERS_PERIOD as PERIOD } from './register-rows'

/*
 * The registers' figures follow the key systems: imported once on the factors screen, they are
 * measured again when a key system changes on the systems screen, not left stale.
 *
 * Known by construction (register-rows.ts): I1 集中交易系统 down 76 min in trading hours, I3
 * 清算系统 down 10 min in trading hours, I5 before the period. F16 counts real-time systems only, so 清算系统 has no F16
 * figure until it is marked real-time; then its 10 minutes appear, from the registers.
 */
/** Imports the known incidents on the open factors screen. */
const importRegisters = async (factors: FactorsPage): Promise<void> =>
  factors.importRegisterWorkbook('故障台账.xlsx', await incidentsWorkbook(KNOWN_INCIDENTS))

forEachLocale((locale) => {
  test('a key system changed on the systems screen: its register figures are measured again', async ({
    page,
    app,
    seeded
  }) => {
    test.setTimeout(120_000)
    const id = await seeded({ period: PERIOD })
    const { factors, systems } = app
    await factors.open(id)
    await importRegisters(app.factors)
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

inLocale('zh-CN', 'round trip', () => {
  test('registers imported on one computer come with the assessment file to another, into the report', async ({
    app,
    seeded,
    otherComputer
  }) => {
    test.setTimeout(150_000)
    const id = await seeded({ period: PERIOD })
    await app.factors.open(id)
    await importRegisters(app.factors)
    const exported = await app.workspace.exportFile()
    expect(exported.assessment.registers?.registers.map((r) => r.table.rows.length)).toEqual([3])

    const other = await otherComputer()
    await other.assessmentImport.pick(await exported.download.path())
    await expect(other.assessmentImport.report).toHaveAttribute('data-kind', 'imported')
    await other.assessmentImport.openButton.click()
    await other.factors.open(id)
    await expect(other.factors.registersStored).toContainText('故障台账.xlsx')
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
