import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { loadBank } from '../../shared/bank/identity'
import type { Bank } from '../../shared/bank/bank'
import { bankToWorkbook, workbookToBank } from '../../shared/bank-xlsx'
import { expect, test } from './fixtures'
import { BanksPage } from './pages/banks'
import { expectDownload } from './downloads'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function defaultBank(): Bank {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../resources/banks/sac-stability-2025.json', import.meta.url), 'utf8')
  )
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error('the default bank must load')
  return loaded.value.bank
}

/** The default bank exported to Excel, with one cell broken: row 5's weight reads "heavy". */
async function brokenWorkbook(): Promise<{ buffer: Buffer; column: string }> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await bankToWorkbook(defaultBank())) as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('questions')
  if (!sheet) throw new Error('no questions sheet')
  const weight = (sheet.getRow(1).values as unknown[]).indexOf('weight')
  sheet.getRow(5).getCell(weight).value = 'heavy'
  const letter = sheet.getColumn(weight).letter
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), column: letter }
}

for (const language of [
  { locale: 'zh-CN', builtin: '内置', imported: '导入', factors: '稳定性评价要素' },
  {
    locale: 'en-US',
    builtin: 'Built-in',
    imported: 'Imported',
    factors: 'Stability evaluation factors'
  }
] as const) {
  test.describe(`banks (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('lists the built-in bank and browses it read-only', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const banks = new BanksPage(page)
      await openApp('/banks')
      await expect(banks.rows).toHaveCount(1)
      await expect(banks.rows).toContainText('1.0.0')
      await expect(banks.rows).toContainText(language.builtin)
      await expect(banks.rows).toContainText('94')
      await saveScreenshot(`banks-${language.locale}`)

      await banks.browse()
      await expect(page).toHaveURL(/#\/banks\/[0-9a-f]{64}$/)
      await page.getByTestId('bank-section-A1').click()
      const question = page.getByTestId('bank-question-A1.01')
      await expect(question).toBeVisible()
      await expect(question.locator('ol li')).toHaveCount(5)
      await saveScreenshot(`bank-browse-${language.locale}`)

      await page.getByRole('tab', { name: language.factors }).click()
      await expect(page.getByTestId('bank-factor-F01')).toBeVisible()
      await expect(page.getByTestId('bank-factor-F01')).toContainText('N_mon / N_fault')
      await saveScreenshot(`bank-factors-${language.locale}`)
    })

    test('refuses a workbook with a broken cell, naming its sheet, row and column', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const banks = new BanksPage(page)
      const { buffer, column } = await brokenWorkbook()
      await openApp('/banks')
      await banks.importBytes('sac-stability-2025-edited.xlsx', buffer, XLSX)

      await expect(banks.importErrors).toBeVisible()
      const first = banks.importErrors.getByTestId('import-error-row').first()
      await expect(first.locator('td').nth(0)).toHaveText('questions')
      await expect(first.locator('td').nth(1)).toHaveText('5')
      await expect(first.locator('td').nth(2)).toHaveText(`${column} (weight)`)
      await expect(first.locator('td').nth(3)).toContainText('heavy')
      await expect(banks.rows).toHaveCount(1)
      await saveScreenshot(`banks-import-errors-${language.locale}`)
    })
  })
}

test.describe('bank import', () => {
  test.use({ locale: 'en-US' })

  test('installs a valid bank JSON once, and tells when it is already installed', async ({
    page,
    openApp
  }) => {
    const banks = new BanksPage(page)
    const bank = { ...defaultBank(), id: 'firm-own-bank', version: '1.1.0' }
    const buffer = Buffer.from(JSON.stringify(bank))
    await openApp('/banks')

    await banks.importBytes('firm-own-bank.json', buffer, 'application/json')
    await expect(page.getByText('Installed "', { exact: false })).toBeVisible()
    await expect(banks.rows).toHaveCount(2)
    await expect(banks.rows.nth(1)).toContainText('Imported')
    await expect(banks.rows.nth(1)).toContainText('1.1.0')

    await banks.importBytes('firm-own-bank.json', buffer, 'application/json')
    await expect(page.getByText('is already installed with identical content')).toBeVisible()
    await expect(banks.rows).toHaveCount(2)

    // An imported bank is offered for new assessments.
    await page.goto('/#/assessments/new')
    await page.getByTestId('field-bank').click()
    // antd renders a hidden ARIA copy of the options; the user sees the dropdown's items.
    const offered = page.locator('.ant-select-dropdown .ant-select-item-option')
    await expect(offered.filter({ hasText: /question bank.*1\.1\.0/ })).toBeVisible()
  })

  test('refuses a JSON bank with errors, by path', async ({ page, openApp }) => {
    const banks = new BanksPage(page)
    const bank = { ...defaultBank(), version: 'one' }
    await openApp('/banks')
    await banks.importBytes('broken.json', Buffer.from(JSON.stringify(bank)), 'application/json')
    await expect(banks.importErrors).toContainText('"broken.json" failed the checks')
    await expect(banks.importErrors.getByTestId('import-error-row').first()).toContainText(
      'version'
    )
    await expect(banks.rows).toHaveCount(1)
  })

  test('downloads the Excel template, which imports as its example bank', async ({
    page,
    openApp
  }) => {
    const banks = new BanksPage(page)
    await openApp('/banks')
    const download = await expectDownload(page, () => banks.template.click())
    expect(download.suggestedFilename()).toBe('stability-assessor-bank-template.xlsx')
    const parsed = await workbookToBank(await readFile(await download.path()))
    expect(parsed.ok).toBe(true)
  })
})
