import type { Page } from '@playwright/test'
import { HomePage } from '../e2e/pages/home'
import { NewAssessmentPage } from '../e2e/pages/new-assessment'
import { appLanguage, uiText } from '../e2e/pages/ui-text'
import { SKIP_REASON } from './electron-available'
import { expect, launchApp, test } from './fixtures'
import { buildPreviousRelease, NO_PREVIOUS_RELEASE, previousReleaseRef } from './previous-release'

test.skip(SKIP_REASON !== '', SKIP_REASON)

const previousRelease = previousReleaseRef()
test.skip(previousRelease === undefined, NO_PREVIOUS_RELEASE)

/** Waits for the start-up to end in "ready" and returns the texts of the language the app shows. */
async function readyApp(page: Page) {
  const state = page.locator('[data-app-state]').first()
  await expect(state).toHaveAttribute('data-app-state', 'ready', { timeout: 60_000 })
  const language = await page.evaluate(() => document.documentElement.lang)
  return uiText(appLanguage(language))
}

const INSTITUTIONS = ['DUR-11 上一版本 证券甲', 'DUR-11 上一版本 证券乙']

test('DUR-11: a profile written by the previous release opens with all its assessments', async ({
  userDataDir
}) => {
  // Building the previous release (npm ci + electron-vite build) takes minutes on a cold cache.
  test.setTimeout(20 * 60_000)
  const previousMain = buildPreviousRelease(previousRelease!)

  const previous = await launchApp(userDataDir, previousMain)
  const oldPage = await previous.firstWindow()
  const oldText = await readyApp(oldPage)
  for (const institution of INSTITUTIONS) {
    await new HomePage(oldPage, oldText).newButton.click()
    const form = new NewAssessmentPage(oldPage, oldText)
    await form.institution.fill(institution)
    await form.create.click()
    await expect(oldPage).toHaveURL(/#\/a\/[^/]+\/s\//)
    await oldPage.evaluate(() => {
      window.location.hash = '#/'
    })
  }
  await previous.close()

  const current = await launchApp(userDataDir)
  try {
    const page = await current.firstWindow()
    const home = new HomePage(page, await readyApp(page))
    await expect(home.rows).toHaveCount(INSTITUTIONS.length)
    for (const institution of INSTITUTIONS) await expect(home.rowOf(institution)).toHaveCount(1)
    expect(page.url()).toMatch(/^app:\/\/bundle\//)
  } finally {
    await current.close()
  }
})
