import { readFile } from 'node:fs/promises'
import type { Browser } from '@playwright/test'
import { readBackup } from '../../shared/backup'
import { decryptContainer, encryptContainer } from '../../shared/crypto/container'
import { startsLikeContainer } from '../../shared/crypto/magic'
import { installDesktopBridge, standInBackup } from './desktop-bridge'
import { expect, test } from './fixtures'
import { BackupPage } from './pages/backup'
import { unlockWith } from './pages/protection'
import { seedAssessment } from './seed'

const PASSPHRASE = '外滩灯塔 巡检 2025'

/**
 * A backup made on another browser profile (the machine whose data was lost), holding an
 * assessment of each institution: the backup file's bytes.
 */
async function backupElsewhere(
  browser: Browser,
  baseURL: string | undefined,
  institutions: string[]
): Promise<Buffer> {
  const context = await browser.newContext({ locale: 'zh-CN' })
  try {
    const other = await context.newPage()
    await other.goto(`${baseURL}/#/settings`)
    await expect(new BackupPage(other).card).toBeVisible()
    for (const institution of institutions) await seedAssessment(other, { institution })
    return await readFile(await new BackupPage(other).backUp())
  } finally {
    await context.close()
  }
}

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
    const bytes = await backupElsewhere(browser, baseURL, [
      '华东证券股份有限公司',
      '西部证券股份有限公司'
    ])

    await installDesktopBridge(page, [standInBackup('2025-07-21T08:00:00.000Z', 1, bytes)])
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

  test('encrypted automatic backups: a passphrase in Settings, paused in a new session until entered', async ({
    page,
    app: { shell, backup },
    openApp,
    saveScreenshot
  }) => {
    const sealed = Buffer.from([0x89, 0x53, 0x41, 0x45, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 1, 1])
    await installDesktopBridge(page, [
      standInBackup('2025-07-22T08:00:00.000Z', 1, sealed),
      standInBackup('2025-07-21T08:00:00.000Z', 1, Buffer.from('PK\x03\x04 plain zip'))
    ])
    await openApp('/settings')
    // The database is empty: the newest backup (encrypted) is offered first; not now.
    await expect(backup.autoOffer).toContainText('已加密')
    await page.getByRole('button', { name: '暂不恢复' }).click()
    await expect(backup.autoOffer).toHaveCount(0)
    // No passphrase yet: Settings and the backup list say the backups are not encrypted.
    await expect(backup.autoEncryption).toHaveAttribute('data-state', 'plain')
    await expect(backup.autoEncryption).toContainText('自动备份未加密')
    await expect(backup.autoItems).toHaveCount(2)
    await expect(backup.autoItems.nth(0)).toContainText('已加密')
    await expect(backup.autoItems.nth(1)).toContainText('未加密')
    await saveScreenshot('auto-backup-unencrypted-zh-CN')
    await seedAssessment(page, { institution: '华东证券股份有限公司' })
    // The scheduler's first look may have written it already; either way there is one, plain.
    await backup.flushAutoBackup()
    await expect.poll(async () => (await backup.writtenAutoBackups()).length).toBe(1)
    expect(startsLikeContainer((await backup.writtenAutoBackups())[0]!)).toBe(false)

    await backup.markFlushHook()
    await backup.setAutoPassphrase(PASSPHRASE)
    await expect(backup.autoEncryption).toContainText('AES-256-GCM')
    // Main may ask for the quit-time backup at any moment: the hook was never removed or replaced.
    expect(await backup.flushHookUnchanged()).toBe(true)
    await saveScreenshot('auto-backup-encrypted-zh-CN')
    await seedAssessment(page, { institution: '西部证券股份有限公司' })
    expect(await backup.flushAutoBackup()).toBe(true)
    const encrypted = (await backup.writtenAutoBackups())[1]!
    expect(startsLikeContainer(encrypted)).toBe(true)
    expect(encrypted.includes(Buffer.from('西部证券'))).toBe(false)
    const opened = await decryptContainer(encrypted, PASSPHRASE, 'backup')
    expect(opened.ok).toBe(true)
    const read = opened.ok ? readBackup(opened.value) : opened
    expect(
      read.ok && read.value.assessments.map((a) => a.assessment.metadata.institution).sort()
    ).toEqual(['华东证券股份有限公司', '西部证券股份有限公司'])

    // A new session: the key lived in memory only. Paused (nothing written) until entered.
    await page.reload()
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
    await expect(backup.autoEncryption).toHaveAttribute('data-state', 'paused')
    await expect(backup.autoEncryption).toContainText('暂停自动备份')
    await seedAssessment(page, { institution: '南方证券股份有限公司' })
    expect(await backup.flushAutoBackup()).toBe(false)
    expect(await backup.writtenAutoBackups()).toHaveLength(0)
    await backup.unlockAuto('not the passphrase')
    await expect(backup.autoEncryption.getByTestId('auto-backup-unlock-wrong')).toHaveText(
      '口令不正确'
    )
    await expect(backup.autoEncryption).toHaveAttribute('data-state', 'paused')
    await saveScreenshot('auto-backup-paused-zh-CN')
    await backup.unlockAuto(PASSPHRASE)
    await expect(backup.autoEncryption).toHaveAttribute('data-state', 'encrypted')
    expect(await backup.flushAutoBackup()).toBe(true)
    const next = (await backup.writtenAutoBackups())[0]!
    expect(startsLikeContainer(next)).toBe(true)
    const reopened = await decryptContainer(next, PASSPHRASE, 'backup')
    expect(reopened.ok && readBackup(reopened.value).ok).toBe(true)
  })

  test('an empty database is offered an encrypted automatic backup; wrong, then right passphrase', async ({
    page,
    browser,
    baseURL,
    app: { home, backup },
    openApp
  }) => {
    const plain = await backupElsewhere(browser, baseURL, ['华东证券股份有限公司'])
    const bytes = Buffer.from(await encryptContainer(plain, PASSPHRASE, 'backup'))
    await installDesktopBridge(page, [standInBackup('2025-07-21T08:00:00.000Z', 1, bytes)])
    await openApp('/')
    await expect(backup.autoOffer).toContainText('已加密')
    await backup.autoRestore.click()
    await unlockWith(page, 'not the passphrase')
    await expect(page.getByTestId('unlock-dialog')).toContainText(
      '口令不正确，或文件在加密后被改动过'
    )
    await expect(home.rowOf('华东证券股份有限公司')).toHaveCount(0)
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE)
    await page.getByTestId('unlock-ok').click()
    await expect(backup.autoOffer).toHaveCount(0)
    await expect(home.rowOf('华东证券股份有限公司')).toBeVisible()
  })
})
