import { expect, test } from './fixtures'
import { seedAssessment } from './seed'
import { tamperedBackup } from './backup-files'

for (const language of [
  { locale: 'zh-CN', confirm: '替换为此备份', trash: '回收站' },
  { locale: 'en-US', confirm: 'Replace with this backup', trash: 'Trash' }
] as const) {
  test.describe(`backup (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('back up now → restore into an empty browser shows the contents, then replaces the data', async ({
      page,
      app,
      openApp,
      otherComputer,
      saveScreenshot
    }) => {
      await openApp('/settings')
      await seedAssessment(page, { institution: '华东证券股份有限公司' })
      await seedAssessment(page, {
        institution: '西部证券股份有限公司',
        period: { start: '2024-01-01', end: '2024-12-31' }
      })
      const file = await app.backup.backUp()

      // A second browser profile stands for the wiped machine.
      const otherApp = await otherComputer('/settings')
      const other = otherApp.page
      await otherApp.backup.pickRestoreFile(file)
      const { preview } = otherApp.backup
      await expect(preview.root).toBeVisible()
      await expect(preview.count).toHaveText('2')
      await expect(preview.root).toContainText('华东证券股份有限公司')
      await expect(preview.root).toContainText('2024-01-01 – 2024-12-31')
      await other.screenshot({
        path: test.info().outputPath(`backup-preview-${language.locale}.png`),
        animations: 'disabled'
      })
      await preview.confirm(language.confirm).click()
      await expect(preview.root).toBeHidden()
      await other.goto('/#/')
      await expect(otherApp.home.rowOf('西部证券股份有限公司')).toBeVisible()
      await expect(otherApp.home.rowOf('华东证券股份有限公司')).toBeVisible()
      await saveScreenshot(`backup-settings-${language.locale}`)
    })
  })
}

test.describe('backup refusals and reminder', () => {
  test.use({ locale: 'zh-CN' })

  test('a damaged backup file is refused with the reason and changes nothing', async ({
    page,
    app: { backup, home },
    openApp,
    saveScreenshot
  }) => {
    await openApp('/settings')
    await seedAssessment(page, { institution: '华东证券股份有限公司' })
    await backup.pickRestoreFile({
      name: 'broken.sabackup',
      buffer: Buffer.from('PK\x03\x04 not a zip')
    })
    await expect(backup.refused).toContainText('broken.sabackup')
    // Not a zip at all: said in Chinese, for the file as a whole.
    await expect(backup.refusedCell(0, 0)).toHaveText('整个文件')
    await expect(backup.refusedCell(0, 1)).toContainText('zip')
    await expect(backup.refusedCell(0, 1)).toContainText(/[\u4e00-\u9fff]/)
    await expect(backup.preview.root).toHaveCount(0)

    // A real backup with one part changed afterwards: refused at that part, in Chinese.
    const { buffer, part } = await tamperedBackup(await backup.backUp())
    await backup.pickRestoreFile({ name: 'tampered.sabackup', buffer })
    await expect(backup.refused).toContainText('tampered.sabackup')
    await expect(backup.refusedIssues).toHaveCount(1)
    await expect(backup.refusedCell(0, 0)).toHaveText(part)
    await expect(backup.refusedCell(0, 1)).toHaveText(
      'SHA-256 与 backup.json 记载的不符：文件已被修改或损坏'
    )
    await expect(backup.preview.root).toHaveCount(0)
    await saveScreenshot('backup-refused-zh-CN')
    await page.goto(page.url().replace(/#.*$/, '#/'))
    await expect(home.rowOf('华东证券股份有限公司')).toBeVisible()
  })

  test('the browser build reminds to download a backup after days of unbacked changes; dismissible', async ({
    page,
    app: { backup, home, shell },
    openApp,
    saveScreenshot
  }) => {
    await openApp('/')
    await expect(backup.reminder).toHaveCount(0)
    await seedAssessment(page, { institution: '华东证券股份有限公司' })
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000).toISOString()
    await page.evaluate((at) => {
      localStorage.setItem('stability-assessor.backup.lastAt', at)
      localStorage.setItem('stability-assessor.backup.firstUnbackedSeenAt', at)
    }, tenDaysAgo)
    await page.reload()
    await expect(backup.reminder).toBeVisible()
    await saveScreenshot('backup-reminder-zh-CN')
    await backup.dismissReminder.click()
    await expect(backup.reminder).toHaveCount(0)
    await page.reload()
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
    await expect(home.rowOf('华东证券股份有限公司')).toBeVisible()
    await expect(backup.reminder).toHaveCount(0)
  })
})
