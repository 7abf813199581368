import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'
import { expectDownload } from './downloads'

async function backUp(page: Page): Promise<string> {
  const card = page.getByTestId('backup-card')
  const download = await expectDownload(page, () => card.getByTestId('backup-now').click())
  expect(download.suggestedFilename()).toMatch(/\.sabackup$/)
  const path = await download.path()
  await expect(card.getByTestId('backup-last')).not.toHaveText(/尚未备份|Never/)
  return path
}

async function pickRestoreFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  const chooserPromise = page.waitForEvent('filechooser')
  await page.getByTestId('backup-restore').click()
  const chooser = await chooserPromise
  await chooser.setFiles(
    typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' }
  )
}

for (const language of [
  { locale: 'zh-CN', confirm: '替换为此备份', trash: '回收站' },
  { locale: 'en-US', confirm: 'Replace with this backup', trash: 'Trash' }
] as const) {
  test.describe(`backup (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('back up now → restore into an empty browser shows the contents, then replaces the data', async ({
      page,
      browser,
      openApp,
      saveScreenshot
    }) => {
      await openApp('/settings')
      await seedAssessment(page, { institution: '华东证券股份有限公司' })
      await seedAssessment(page, {
        institution: '西部证券股份有限公司',
        period: { start: '2024-01-01', end: '2024-12-31' }
      })
      const file = await backUp(page)

      // A second browser profile stands for the wiped machine.
      const context = await browser.newContext({ locale: language.locale })
      const other = await context.newPage()
      try {
        await other.goto(page.url().replace(/#.*$/, '#/settings'))
        await expect(other.locator('#root')).toHaveAttribute('data-app-state', 'ready')
        await pickRestoreFile(other, file)
        const preview = other.getByTestId('backup-preview')
        await expect(preview).toBeVisible()
        await expect(preview.getByTestId('backup-preview-count')).toHaveText('2')
        await expect(preview).toContainText('华东证券股份有限公司')
        await expect(preview).toContainText('2024-01-01 – 2024-12-31')
        await other.screenshot({
          path: test.info().outputPath(`backup-preview-${language.locale}.png`),
          animations: 'disabled'
        })
        await other.getByRole('button', { name: language.confirm }).click()
        await expect(preview).toBeHidden()
        await other.goto(page.url().replace(/#.*$/, '#/'))
        await expect(other.getByText('西部证券股份有限公司')).toBeVisible()
        await expect(other.getByText('华东证券股份有限公司')).toBeVisible()
      } finally {
        await context.close()
      }
      await saveScreenshot(`backup-settings-${language.locale}`)
    })
  })
}

test.describe('backup refusals and reminder', () => {
  test.use({ locale: 'zh-CN' })

  test('a damaged backup file is refused with the reason and changes nothing', async ({
    page,
    openApp,
    saveScreenshot
  }) => {
    await openApp('/settings')
    await seedAssessment(page, { institution: '华东证券股份有限公司' })
    await pickRestoreFile(page, {
      name: 'broken.sabackup',
      buffer: Buffer.from('PK\x03\x04 not a zip')
    })
    const refused = page.getByTestId('backup-refused')
    await expect(refused).toContainText('broken.sabackup')
    await expect(page.getByTestId('backup-preview')).toHaveCount(0)
    await saveScreenshot('backup-refused-zh-CN')
    await page.goto(page.url().replace(/#.*$/, '#/'))
    await expect(page.getByText('华东证券股份有限公司')).toBeVisible()
  })

  test('the browser build reminds to download a backup after days of unbacked changes; dismissible', async ({
    page,
    openApp,
    saveScreenshot
  }) => {
    await openApp('/')
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
    await seedAssessment(page, { institution: '华东证券股份有限公司' })
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString()
    await page.evaluate((at) => {
      localStorage.setItem('stability-assessor.backup.lastAt', at)
      localStorage.setItem('stability-assessor.backup.firstUnbackedSeenAt', at)
    }, tenDaysAgo)
    await page.reload()
    const reminder = page.getByTestId('backup-reminder')
    await expect(reminder).toBeVisible()
    await saveScreenshot('backup-reminder-zh-CN')
    await reminder.getByTestId('backup-reminder-dismiss').click()
    await expect(reminder).toHaveCount(0)
    await page.reload()
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
    await expect(page.getByText('华东证券股份有限公司')).toBeVisible()
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  })
})
