import { resolve } from 'node:path'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect, forEachLanguage, test } from './fixtures'

/*
 * Screenshots of the questionnaire screens in both languages, saved as test artifacts
 * (test-results/screenshots/<name>-<lang>.png) to be looked at as a user would: a section with
 * maturity anchors, a mix of types, an error and warnings; the keyboard help; the factors screen;
 * the sidebar tree.
 */

const LANGUAGES = [
  { locale: 'zh-CN', unevidenced: '证据' },
  { locale: 'en-US', unevidenced: 'evidence' }
] as const

/** One element, or the page's first screenful (as the assessor first sees it). */
async function shoot(target: Locator | Page, name: string, testInfo: TestInfo): Promise<void> {
  const path = resolve(testInfo.project.outputDir, '..', 'screenshots', `${name}.png`)
  await target.screenshot({ path, animations: 'disabled' })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

forEachLanguage(LANGUAGES, ({ locale, unevidenced }) => {
  test('section, keyboard help, factors and the sidebar', async ({
    page,
    app,
    seeded,
    saveScreenshot
  }, testInfo) => {
    const { questionnaire: q, factors, workspace } = app
    // The walk names bank 1.0.0's questions (C9.10 is gone in 1.1.0, the default).
    const id = await seeded({ bankVersion: '1.0.0' })

    // C9 has nearly every type: levels, numbers with units, single choice, N/A, date, evidence.
    await q.open(id, 'C9')
    await q.choice('C9.01', '3').check()
    await q.numberInput('C9.07').fill('30')
    await q.numberInput('C9.08').fill('60')
    await q.choice('C9.10', 'na').check()
    await q.choice('C9.06', 'sameCity').check()
    await q.dateInput('C9.09').fill('2025-06-30')
    await q.choice('C9.04', 'partial').check()
    await q.addReference('C9.04', {
      name: '《灾备切换演练报告（2025年）》',
      location: '运维知识库',
      page: '3–5'
    })
    await q.waitSaved()
    await expect(q.issue('C9.01', 'warning')).toContainText(unevidenced)
    await expect(q.issue('C9.07', 'warning')).toBeVisible()
    await expect(q.issue('C9.10', 'error')).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, 0))
    await saveScreenshot(`section-C9-${locale}`)
    await shoot(page, `section-viewport-${locale}`, testInfo)

    // The focus ring on a question (J from the first one).
    await q.question('C9.01').focus()
    await page.keyboard.press('j')
    await expect(q.question('C9.07')).toBeFocused()
    // With a margin: the focus ring is drawn just outside the card.
    const box = (await q.question('C9.07').boundingBox())!
    const path = resolve(testInfo.project.outputDir, '..', 'screenshots')
    await page.screenshot({
      path: resolve(path, `question-focused-${locale}.png`),
      clip: { x: box.x - 12, y: box.y - 12, width: box.width + 24, height: box.height + 24 }
    })

    await page.keyboard.press('?')
    await expect(q.keyboardHelp).toBeVisible()
    await shoot(q.keyboardHelpDialog, `keyboard-help-${locale}`, testInfo)
    await page.keyboard.press('Escape')
    await expect(q.keyboardHelp).toBeHidden()

    await page.evaluate(() => window.scrollTo(0, 0))
    await shoot(workspace.sidebar, `sidebar-${locale}`, testInfo)

    await factors.open(id)
    await factors.input('F09', 'S_imp').fill('12')
    await factors.input('F09', 'S_drill').fill('11')
    await factors.input('F01', 'N_fault').fill('40')
    await factors.input('F01', 'N_mon').fill('45')
    await expect(factors.redLines('F09')).toHaveCount(1)
    await expect(factors.issue('F01', 'error')).toBeVisible()
    await q.waitSaved()
    await page.evaluate(() => window.scrollTo(0, 0))
    await shoot(page, `factors-viewport-${locale}`, testInfo)
    await saveScreenshot(`factors-${locale}`)
  })
})
