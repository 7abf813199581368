import { readFile } from 'node:fs/promises'
import { installDesktopBridge } from './desktop-bridge'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/backup'
import { seedAssessment } from './seed'

test.describe('desktop automatic backups (stand-in bridge, zh-CN)', () => {
  test.use({ locale: 'zh-CN' })

  test('an empty database is offered the newest automatic backup; Settings keeps the chosen number', async ({
    page,
    browser,
    baseURL,
    app: { shell, home, backup },
    openApp,
    saveScreenshot
  }) => {
    // Another browser profile makes the backup: the machine whose data was lost.
    const context = await browser.newContext({ locale: 'zh-CN' })
    let bytes: Buffer
    try {
      const other = await context.newPage()
      await other.goto(`${baseURL}/#/settings`)
      await expect(new BackupPage(other).card).toBeVisible()
      await seedAssessment(other, { institution: '华东证券股份有限公司' })
      await seedAssessment(other, { institution: '西部证券股份有限公司' })
      bytes = await readFile(await new BackupPage(other).backUp())
    } finally {
      await context.close()
    }

    await installDesktopBridge(page, [
      {
        name: 'backup-20250721T080000000Z-0001.sabackup',
        createdAt: '2025-07-21T08:00:00.000Z',
        bytes
      }
    ])
    await openApp('/')
    await expect(backup.autoOffer).toContainText('1 份自动备份')
    await expect(backup.autoOffer).toContainText('2025年7月21日')
    await expect(backup.autoOffer).toContainText('含 2 项评估')
    await saveScreenshot('auto-backup-offer-zh-CN')
    await backup.autoRestore.click()
    await expect(backup.autoOffer).toHaveCount(0)
    await expect(home.rowOf('华东证券股份有限公司')).toBeVisible()
    await expect(home.rowOf('西部证券股份有限公司')).toBeVisible()

    // Answered once: not offered again in this session, though the list still has the backup.
    await page.reload()
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
    await expect(backup.autoOffer).toHaveCount(0)

    await openApp('/settings')
    await expect(backup.autoSettings).toContainText('2025年7月21日')
    await expect(backup.autoKeep).toHaveValue('10')
    await backup.autoKeep.fill('3')
    await backup.autoKeep.blur()
    await page.reload()
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
    await expect(backup.autoKeep).toHaveValue('3')
  })
})
