import { resolve } from 'node:path'
import { expect, forEachLocale, test } from './fixtures'
import { seedAssessment } from './seed'

/*
 * Key systems and per-system factors on bank 1.1.0: the assessment lists its key systems (class,
 * real-time flag, service window); F11 is entered for every system and F16 for the real-time ones,
 * each system's value shown next to the factor's, which is the worst system's and names it.
 * The review's case: one 116-minute outage of centralised trading is not band A any more.
 */

/** Close-ups of one part of the screen, next to the full-page screenshots. */
const shot = (name: string): string => resolve('test-results/screenshots', `${name}.png`)

forEachLocale((locale) => {
  test('per-system factors: a table per system, the worst system named', async ({
    page,
    openApp,
    saveScreenshot,
    app: { systems, factors, results, text }
  }) => {
    await openApp('/assessments')
    // Seeded with 集中交易系统 (class 4, real-time) and 清算系统 (class 3, not real-time).
    const id = await seedAssessment(page)
    await systems.open(id)
    await systems.addPreset('online')
    await systems.setClass('sys-3', 4)
    await systems.window('sys-3').fill('7×24')
    await systems.save()
    await saveScreenshot(`systems-${locale}`)
    await systems.root.screenshot({ path: shot(`systems-editor-${locale}`) })

    await factors.open(id)
    await expect(factors.factor('F11')).toHaveAttribute('data-per-system', 'true')
    await expect(factors.systemTable('F11').locator('caption')).toHaveText(
      text('systems.factorTable.caption', { rule: text('systems.rules.min') })
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
    await expect(factors.binding('F11')).toHaveText(
      text('factors.binding', { name: '集中交易系统' })
    )
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
    await expect(results.factorBinding('F11')).toHaveText(
      text('results.factors.binding', { name: '集中交易系统' })
    )
    await expect(results.factorSystem('F11', 'sys-1')).toContainText('99.800%')
    await expect(results.factorSystem('F11', 'sys-1')).toHaveAttribute('data-binding', 'true')
    await expect(results.factorSystem('F11', 'sys-3')).toContainText('100.000%')
    await results.factorSystems('F11').scrollIntoViewIfNeeded()
    await saveScreenshot(`results-per-system-${locale}`)
    await results.factorTable.screenshot({ path: shot(`results-factors-${locale}`) })

    // Removing a system with figures asks first, then its figures are gone.
    await systems.open(id)
    await systems.remove('sys-2')
    await expect(systems.confirmDialog).toContainText(
      text('systems.removeConfirm', { name: '清算系统' })
    )
    await systems.confirmRemove()
    await systems.save()
    await factors.open(id)
    await expect(factors.systemRow('F11', 'sys-2')).toHaveCount(0)
    await expect(factors.value('F11')).toHaveText('99.800%')
  })
})
