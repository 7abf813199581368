import { expect, type Page } from '@playwright/test'
import { expectOpened } from '../motion'

/**
 * How an export is protected in a test: a passphrase, or the explicit "no encryption" choice
 * (what tests that read the zip's parts use).
 */
export type Protection = { passphrase: string } | 'none'

/**
 * Answers the protect dialog that every package and backup export opens first (or, with another
 * `okId`, a dialog holding the same passphrase fields: Settings' automatic-backup passphrase).
 */
export async function chooseProtection(
  page: Page,
  protection: Protection,
  okId = 'protect-ok'
): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId(okId) })
  await expectOpened(dialog)
  if (protection === 'none') {
    await dialog.getByTestId('protect-none').click()
    await expect(page.getByTestId('protect-none-warning')).toBeVisible()
  } else {
    await dialog.getByTestId('protect-passphrase').fill(protection.passphrase)
    await dialog.getByTestId('protect-again').fill(protection.passphrase)
  }
  await page.getByTestId(okId).click()
}

/** Types a passphrase into the dialog an encrypted file opens, and confirms. */
export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  const dialog = page.getByTestId('unlock-dialog')
  await expectOpened(page.getByRole('dialog').filter({ has: dialog }))
  await dialog.getByTestId('unlock-passphrase').fill(passphrase)
  await page.getByTestId('unlock-ok').click()
}
