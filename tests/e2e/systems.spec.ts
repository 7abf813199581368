import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { FactorsPage } from './pages/factors'
import { SystemsPage } from './pages/systems'
import { seedAssessment } from './seed'

/*
 * Key systems and per-system factors on bank 1.1.0: the assessment lists its key systems (class,
 * real-time flag, service window); F11 is entered for every system and F16 for the real-time ones,
 * each system's value shown next to the factor's, which is the worst system's and names it.
 * The review's case: one 116-minute outage of centralised trading is not band A any more.
 */

/** Close-ups of one part of the screen, next to the full-page screenshots. */
const shot = (name: string): string => resolve('test-results/screenshots', `${name}.png`)

const TEXT = {
  'zh-CN': {
    binding: '最低：集中交易系统',
    caption: '按系统填报（取各系统最低值）',
    resultBinding: '最低：集中交易系统',
    removeTitle: '移除“清算系统”？'
  },
  'en-US': {
    binding: 'Lowest: 集中交易系统',
    caption: 'Entered per system (lowest system value)',
    resultBinding: 'Lowest: 集中交易系统',
    removeTitle: 'Remove “清算系统”?'
  }
} as const

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test('per-system factors: a table per system, the worst system named', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      await openApp('/assessments')
      // Seeded with 集中交易系统 (class 4, real-time) and 清算系统 (class 3, not real-time).
      const id = await seedAssessment(page)
      const systems = new SystemsPage(page)
      await systems.open(id)
      await systems.addPreset('online')
      await systems.setClass('sys-3', locale === 'zh-CN' ? '第四类' : 'Class 4')
      await systems.window('sys-3').fill(locale === 'zh-CN' ? '7×24' : '24×7')
      await systems.save()
      await saveScreenshot(`systems-${locale}`)
      await systems.root.screenshot({ path: shot(`systems-editor-${locale}`) })

      const factors = new FactorsPage(page)
      await factors.open(id)
      await expect(factors.factor('F11')).toHaveAttribute('data-per-system', 'true')
      await expect(page.getByTestId('factor-systems-F11').locator('caption')).toHaveText(
        TEXT[locale].caption
      )
      // F11 covers every key system, F16 only the real-time ones.
      for (const system of ['sys-1', 'sys-2', 'sys-3'])
        await expect(factors.systemRow('F11', system)).toBeVisible()
      await expect(factors.systemRow('F16', 'sys-1')).toBeVisible()
      await expect(factors.systemRow('F16', 'sys-3')).toBeVisible()
      await expect(factors.systemRow('F16', 'sys-2')).toHaveCount(0)

      // A year of trading hours each; centralised trading down 116 minutes.
      for (const system of ['sys-1', 'sys-2', 'sys-3']) {
        await factors.systemInput('F11', system, 'T_service').fill('58080')
        await factors.systemInput('F11', system, 'T_down').fill(system === 'sys-1' ? '116' : '0')
      }
      await expect(factors.systemValue('F11', 'sys-2')).toHaveText('100.000%')
      await expect(factors.value('F11')).toHaveText('99.800%')
      await expect(factors.band('F11')).toHaveText('D')
      await expect(factors.binding('F11')).toHaveText(TEXT[locale].binding)
      await expect(factors.systemRow('F11', 'sys-1')).toHaveAttribute('data-binding', 'true')
      await factors.factor('F11').scrollIntoViewIfNeeded()
      await saveScreenshot(`factors-per-system-${locale}`)
      await factors.factor('F11').screenshot({ path: shot(`factor-F11-${locale}`) })
      await factors.factor('F16').screenshot({ path: shot(`factor-F16-${locale}`) })

      // A reload keeps every system's figures.
      await page.reload()
      await expect(factors.systemInput('F11', 'sys-1', 'T_down')).toHaveValue('116')
      await expect(factors.value('F11')).toHaveText('99.800%')

      // Results: the factor's figure, the system that set it, and each system's own.
      await page.goto(`/#/a/${id}/results`)
      await expect(page.getByTestId('result-binding-F11')).toHaveText(TEXT[locale].resultBinding)
      const table = page.getByTestId('result-systems-F11')
      await expect(table.getByTestId('result-system-F11-sys-1')).toContainText('99.800%')
      await expect(table.getByTestId('result-system-F11-sys-1')).toHaveAttribute(
        'data-binding',
        'true'
      )
      await expect(table.getByTestId('result-system-F11-sys-3')).toContainText('100.000%')
      await table.scrollIntoViewIfNeeded()
      await saveScreenshot(`results-per-system-${locale}`)
      await page
        .getByTestId('results-factor-table')
        .screenshot({ path: shot(`results-factors-${locale}`) })

      // Removing a system with figures asks first, then its figures are gone.
      await systems.open(id)
      await systems.remove('sys-2')
      await expect(page.locator('.ant-modal-confirm-title')).toHaveText(TEXT[locale].removeTitle)
      await page.getByTestId('system-remove-confirm').click()
      await systems.save()
      await factors.open(id)
      await expect(factors.systemRow('F11', 'sys-2')).toHaveCount(0)
      await expect(factors.value('F11')).toHaveText('99.800%')
    })
  })
}
