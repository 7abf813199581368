import { expect, type Download, type Page } from '@playwright/test'
import { expectOpened } from './motion'

/**
 * Does `act` (the click that asks for a file) and returns the download it starts. On a loaded
 * machine an export can outlast the click's user activation; the browser build then shows its
 * "file ready — save" notice instead of downloading on its own (platform/download-queue.ts), and
 * this presses Save as a user would. Either way the test gets the one download it asked for.
 * An export the app reports as failed (its error message) fails here at once, with the app's
 * words, instead of waiting out the test's time for a download that will never come.
 */
export async function expectDownload(page: Page, act: () => Promise<unknown>): Promise<Download> {
  const started = page.waitForEvent('download')
  // Only an error shown after the click counts (an earlier one may still be fading out).
  const errorsBefore = await page.locator('.ant-message-error').count()
  await act()
  const visible = (selector: string, index = 0) =>
    page
      .locator(selector)
      .nth(index)
      .waitFor({ state: 'visible', timeout: 0 })
      .then(
        () => true,
        () => false
      )
  const save = page.getByTestId('download-ready-save')
  const prompted = visible('[data-testid="download-ready-save"]').then((seen) =>
    seen ? ('prompted' as const) : ('gone' as const)
  )
  const failed = visible('.ant-message-error', errorsBefore).then((seen) =>
    seen ? ('failed' as const) : ('gone' as const)
  )
  const first = await Promise.race([started, prompted, failed])
  if (typeof first !== 'string') return first
  if (first === 'failed') {
    const text = await page.locator('.ant-message-error').nth(errorsBefore).innerText()
    throw new Error(`the app reported the export as failed: ${text}`)
  }
  if (first === 'prompted') await save.first().click()
  return started
}

/**
 * Opens the workspace header's Exchange menu and chooses an item, as a user would: only once the
 * menu has finished opening. A click while the dropdown is still sliding in can land its mouse-down
 * and mouse-up on different elements (on a loaded machine the menu moves in between), which
 * chooses nothing: the menu stays open and no export starts (seen in the merge test's package
 * download timeouts). The menu closing is the sign the choice was taken.
 */
export function chooseExchangeItem(page: Page, itemTestId: string): Promise<void> {
  return chooseMenuItem(page, 'workspace-exchange', itemTestId)
}

/** Opens the dropdown behind `triggerTestId` and chooses an item (see chooseExchangeItem). */
export async function chooseMenuItem(
  page: Page,
  triggerTestId: string,
  itemTestId: string
): Promise<void> {
  await page.getByTestId(triggerTestId).click()
  const item = page.getByTestId(itemTestId)
  await expect(item).toBeVisible()
  await expectOpened(page.locator('.ant-dropdown').filter({ has: item }))
  await item.click()
  await expect(item, `choosing ${itemTestId} should close the menu`).toBeHidden()
}
