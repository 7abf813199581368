import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { bankWeightsCommand } from '../../electron/cli/commands/bank-weights'
import { bankToWorkbook, workbookToBank } from '../../shared/bank-xlsx'
import { formatShare, type EffectiveWeight } from '../../shared/scoring/effective-weights'
import { defaultBank } from './assessment-file'
import { runCommandInProcess } from './cli-in-process'
import { expect, test } from './fixtures'

/** The banks the app ships: sac-stability-2025 1.0.0 and 1.1.0 (resources/banks). */
const BUILT_IN_BANKS = 2

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

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

/** `stability-assessor bank weights sac-stability-2025 --json`, run in-process (the command's body). */
async function bankWeightsJson(): Promise<EffectiveWeight[]> {
  const { code, out, err } = await runCommandInProcess((ctx) =>
    bankWeightsCommand('sac-stability-2025', { json: true }, ctx)
  )
  expect(err).toBe('')
  expect(code).toBe(0)
  const printed = JSON.parse(out) as { bank: { version: string }; weights: EffectiveWeight[] }
  expect(printed.bank.version).toBe('1.1.0')
  return printed.weights
}

for (const language of [
  {
    locale: 'zh-CN',
    builtin: '内置',
    imported: '导入',
    factors: '稳定性评价要素',
    cell: (column: string) => `工作表「questions」第 5 行 ${column} 列（weight）`,
    notNumber: '应为正数，实际为 "heavy"'
  },
  {
    locale: 'en-US',
    builtin: 'Built-in',
    imported: 'Imported',
    factors: 'Stability evaluation factors',
    cell: (column: string) => `questions!${column}5 (weight)`,
    notNumber: 'must be a positive number, got "heavy"'
  }
] as const) {
  test.describe(`banks (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('lists the built-in bank and browses it read-only', async ({
      page,
      app: { banks },
      openApp,
      saveScreenshot
    }) => {
      await openApp('/banks')
      // Both built-in versions, newest first: 1.1.0 (97 questions, 18 factors), then 1.0.0 (94).
      await expect(banks.rows).toHaveCount(BUILT_IN_BANKS)
      await expect(banks.rows.nth(0)).toContainText('1.1.0')
      await expect(banks.rows.nth(0)).toContainText(language.builtin)
      await expect(banks.rows.nth(0)).toContainText('97')
      await expect(banks.rows.nth(1)).toContainText('1.0.0')
      await expect(banks.rows.nth(1)).toContainText(language.builtin)
      await expect(banks.rows.nth(1)).toContainText('94')
      await saveScreenshot(`banks-${language.locale}`)

      await banks.browse()
      await expect(page).toHaveURL(/#\/banks\/[0-9a-f]{64}$/)
      await banks.section('A1').click()
      await expect(banks.question('A1.01')).toBeVisible()
      await expect(banks.anchors('A1.01')).toHaveCount(5)
      await saveScreenshot(`bank-browse-${language.locale}`)

      await banks.showFactors(language.factors)
      await expect(banks.factor('F01')).toBeVisible()
      await expect(banks.factor('F01')).toContainText('N_mon / N_fault')
      await saveScreenshot(`bank-factors-${language.locale}`)
    })

    test('shows each item’s effective weight, as `bank weights --json` computes it, sortable', async ({
      app: { banks },
      openApp,
      saveScreenshot
    }) => {
      const weights = await bankWeightsJson()
      await openApp('/banks')
      await banks.browse()
      await banks.showWeights()
      // One row per scored question and factor, largest share first, as the command line lists them.
      await expect(banks.weight('F01')).toBeVisible()
      expect(await banks.weightIds()).toEqual(weights.map((w) => w.id))
      // The figures on screen are the command's, for the factors the review names.
      const shareOf = (id: string) => weights.find((w) => w.id === id)!.share
      for (const id of ['F01', 'F10', 'F14', 'F15'])
        await expect(banks.weightShare(id)).toHaveText(formatShare(shareOf(id)))
      // Training coverage (F15) no longer outweighs what regulators look at (review R2).
      for (const id of ['F01', 'F10', 'F14']) expect(shareOf('F15')).toBeLessThan(shareOf(id))
      await saveScreenshot(`bank-weights-${language.locale}`)

      // Sorting by id puts A1.01 first; by share again (smallest first), the list turns over.
      await banks.sortWeightsBy('id')
      await expect.poll(async () => (await banks.weightIds())[0]).toBe('A1.01')
      await banks.sortWeightsBy('share')
      await expect.poll(() => banks.weightIds()).toEqual(weights.map((w) => w.id).reverse())
    })

    test('refuses a workbook with a broken cell, naming its sheet, row and column', async ({
      app: { banks },
      openApp,
      saveScreenshot
    }) => {
      const { buffer, column } = await brokenWorkbook()
      await openApp('/banks')
      await banks.importBytes('sac-stability-2025-edited.xlsx', buffer, XLSX)

      // Reading a whole workbook takes seconds on a loaded machine; the list appears when it is done.
      await expect(banks.importErrors).toBeVisible({ timeout: 30_000 })
      // Where and why, both in the interface language, read from the problem's structured place.
      await expect(banks.errorCell(0, 0)).toHaveText(language.cell(column))
      await expect(banks.errorCell(0, 1)).toHaveText(language.notNumber)
      await expect(banks.rows).toHaveCount(BUILT_IN_BANKS)
      await saveScreenshot(`banks-import-errors-${language.locale}`)
    })
  })
}

test.describe('bank import (zh-CN)', () => {
  test.use({ locale: 'zh-CN' })

  test('a broken bank JSON is refused with every problem in Chinese, at its field or line', async ({
    app: { banks },
    openApp,
    saveScreenshot
  }) => {
    await openApp('/banks')
    // The bank's own checks: a question id used twice, a factor feeding a section that is not there.
    const bank = defaultBank()
    const [first, second] = bank.pillars[0]!.sections[0]!.questions
    second!.id = first!.id
    bank.factors[0]!.feeds = 'Z9'
    await banks.importBytes('broken.json', Buffer.from(JSON.stringify(bank)), 'application/json')
    await expect(banks.importErrors).toContainText('“broken.json”未通过校验')
    await expect(
      banks.errorRows(`题目编号 "${first!.id}" 重复（首次出现在 pillars[0]`)
    ).toHaveCount(1)
    const feeds = await banks.importErrorRows.allTextContents()
    expect(feeds.filter((row) => row.includes('计入的章节 "Z9" 不存在'))).toEqual([
      'factors[0].feeds计入的章节 "Z9" 不存在'
    ])
    // Every reason reads in Chinese: none is left in the reader's English.
    const count = await banks.importErrorRows.count()
    for (let row = 0; row < count; row++)
      await expect(banks.errorCell(row, 1)).toContainText(/[\u4e00-\u9fff]/)
    await saveScreenshot('banks-json-errors-zh-CN')
    await expect(banks.rows).toHaveCount(BUILT_IN_BANKS)

    // Not JSON at all: the line and column of the syntax error, worded.
    await banks.importBytes('syntax.json', Buffer.from('{\n  "id": "x",\n}'), 'application/json')
    await expect(banks.importErrorRows).toHaveCount(1)
    await expect(banks.errorCell(0, 0)).toHaveText('第 2 行第 12 列')
    await expect(banks.errorCell(0, 1)).toHaveText('JSON 格式错误：“}”之前多了一个逗号')
    await expect(banks.rows).toHaveCount(BUILT_IN_BANKS)
  })
})

test.describe('bank import', () => {
  test.use({ locale: 'en-US' })

  test('installs a valid bank JSON once, and tells when it is already installed', async ({
    page,
    app: { banks, shell, newAssessment },
    openApp
  }) => {
    // A version no built-in bank has, so the list and the form show it unambiguously.
    const bank = { ...defaultBank(), id: 'firm-own-bank', version: '7.3.0' }
    const buffer = Buffer.from(JSON.stringify(bank))
    await openApp('/banks')

    await banks.importBytes('firm-own-bank.json', buffer, 'application/json')
    await expect(shell.message('Installed "')).toBeVisible()
    await expect(banks.rows).toHaveCount(BUILT_IN_BANKS + 1)
    const imported = banks.rows.filter({ hasText: 'Imported' })
    await expect(imported).toHaveCount(1)
    await expect(imported).toContainText('7.3.0')

    await banks.importBytes('firm-own-bank.json', buffer, 'application/json')
    await expect(shell.message('is already installed with identical content')).toBeVisible()
    await expect(banks.rows).toHaveCount(BUILT_IN_BANKS + 1)

    // An imported bank is offered for new assessments.
    await page.goto('/#/assessments/new')
    const offered = await newAssessment.offeredBanks()
    await expect(offered.filter({ hasText: /question bank.*7\.3\.0/ })).toBeVisible()
  })

  test('refuses a JSON bank with errors, by path', async ({ app: { banks }, openApp }) => {
    const bank = { ...defaultBank(), version: 'one' }
    await openApp('/banks')
    await banks.importBytes('broken.json', Buffer.from(JSON.stringify(bank)), 'application/json')
    await expect(banks.importErrors).toContainText('"broken.json" failed the checks')
    await expect(banks.importErrorRows.first()).toContainText('version')
    await expect(banks.rows).toHaveCount(BUILT_IN_BANKS)
  })

  test('downloads the Excel template, which imports as its example bank', async ({
    app: { banks },
    openApp
  }) => {
    await openApp('/banks')
    const download = await banks.downloadTemplate()
    expect(download.suggestedFilename()).toBe('stability-assessor-bank-template.xlsx')
    const parsed = await workbookToBank(await readFile(await download.path()))
    expect(parsed.ok).toBe(true)
  })
})
