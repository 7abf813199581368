import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { encryptContainer } from '../../shared/crypto/container'
import { tamperedBackup } from './backup-files'
import { installDesktopBridge, standInBackup, type StandInBackup } from './desktop-bridge'
import { expect, test, type Guards } from './fixtures'
import type { AppShell } from './pages/app-shell'
import { BackupPage } from './pages/backup'
import type { HomePage } from './pages/home'
import { unlockWith } from './pages/protection'
import { raiseDatabaseVersion, seedAssessment } from './seed'

/**
 * A start-up failure provoked on purpose (its console error expected), on Settings: two
 * assessments and a backup of them, made through the app.
 */
async function backUpBeforeFailing(
  page: Page,
  openApp: (route?: string) => Promise<void>,
  guards: Guards
): Promise<string> {
  guards.expectConsoleError(/Start-up failed/)
  await openApp('/settings')
  await seedAssessment(page, { institution: '华东证券股份有限公司' })
  await seedAssessment(page, {
    institution: '西部证券股份有限公司',
    period: { start: '2024-01-01', end: '2024-12-31' }
  })
  return new BackupPage(page).backUp()
}

/** Makes the app's database fail to open on the next load (the recovery screen shows). */
const breakDatabaseOnLoad = (page: Page) =>
  page.addInitScript(() => {
    const open = IDBFactory.prototype.open
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'stability-assessor')
        throw new DOMException('The backing store cannot be opened', 'InvalidStateError')
      return version === undefined ? open.call(this, name) : open.call(this, name, version)
    }
  })

/**
 * The desktop start-up that fails: main's automatic backups stood in for (the desktop bridge), a
 * database whose backing store cannot be opened, and the app reloaded onto the recovery screen.
 */
async function failWithAutoBackups(
  page: Page,
  shell: AppShell,
  backups: StandInBackup[]
): Promise<void> {
  await installDesktopBridge(page, backups)
  await breakDatabaseOnLoad(page)
  await page.reload()
  await expect(shell.root).toHaveAttribute('data-app-state', 'error')
}

/** After a restore the app reloads onto the restored copy: both seeded assessments are listed. */
async function expectBothRestored(
  shell: AppShell,
  home: HomePage,
  openApp: (route?: string) => Promise<void>
): Promise<void> {
  await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
  await openApp('/')
  await expect(home.rowOf('华东证券股份有限公司')).toBeVisible()
  await expect(home.rowOf('西部证券股份有限公司')).toBeVisible()
}

/** What IndexedDB holds: every database's name and version, and the active-database pointer. */
const storedDatabases = (page: Page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases())
      .map((d) => ({ name: d.name ?? '', version: d.version ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pointer: localStorage.getItem('stability-assessor.database')
  }))

for (const language of [
  {
    locale: 'zh-CN',
    newer: '数据来自更新版本的应用',
    title: '从备份恢复',
    confirm: '恢复此备份',
    tampered: 'SHA-256 与 backup.json 记载的不符：文件已被修改或损坏'
  },
  {
    locale: 'en-US',
    newer: 'The data comes from a newer version of the app',
    title: 'Restore from a backup',
    confirm: 'Restore this backup',
    tampered: 'its SHA-256 does not match backup.json: the file was changed or damaged'
  }
] as const) {
  test.describe(`recovery (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('browser: a database that will not open → restore a backup file into a new database; the old one is kept', async ({
      page,
      app: { shell, home, recovery },
      openApp,
      guards,
      saveScreenshot
    }) => {
      const file = await backUpBeforeFailing(page, openApp, guards)
      // A newer app raised the schema version: this one cannot open the data any more.
      await raiseDatabaseVersion(page, 990)
      await page.reload()
      await expect(shell.root).toHaveAttribute('data-app-state', 'error')
      await expect(recovery.screen).toContainText(language.newer)
      await expect(recovery.panel).toContainText(language.title)
      // The browser build keeps no automatic backups: only a file is offered.
      await expect(recovery.backups).toHaveCount(0)
      await saveScreenshot(`recovery-browser-${language.locale}`)

      // A backup changed after it was written is refused, at the changed part, in the UI's language.
      const tampered = await tamperedBackup(file)
      await recovery.pickFile({ name: 'tampered.sabackup', buffer: tampered.buffer })
      await expect(recovery.refused).toContainText('tampered.sabackup')
      await expect(recovery.refusedCell(0, 0)).toHaveText(tampered.part)
      await expect(recovery.refusedCell(0, 1)).toHaveText(language.tampered)
      await saveScreenshot(`recovery-refused-${language.locale}`)

      await recovery.pickFile(file)
      const { preview } = recovery
      await expect(preview.count).toHaveText('2')
      await expect(preview.root).toContainText('西部证券股份有限公司')
      // Hovering waits until the dialog stopped moving (its zoom-in), so the picture is settled.
      await preview.count.hover()
      await saveScreenshot(`recovery-browser-preview-${language.locale}`)
      await preview.confirm(language.confirm).click()

      await expectBothRestored(shell, home, openApp)
      const stored = await storedDatabases(page)
      expect(stored.pointer).toMatch(/^stability-assessor-restored-\d{8}T\d{9}$/)
      // The data that would not open is still there, untouched (version 990).
      expect(stored.databases).toEqual([
        { name: 'stability-assessor', version: 990 },
        // Dexie stores schema version 6 (register rows kept apart) as 60.
        { name: stored.pointer, version: 60 }
      ])
    })
  })
}

test.describe('recovery (desktop automatic backups)', () => {
  test.use({ locale: 'zh-CN' })

  test('desktop: lists the newest automatic backups with what they hold; restores the suggested one', async ({
    page,
    app: { shell, home, recovery },
    openApp,
    guards,
    saveScreenshot
  }) => {
    const file = await backUpBeforeFailing(page, openApp, guards)
    // Main's automatic backups: a damaged newest one and a good older one.
    await failWithAutoBackups(page, shell, [
      standInBackup('2025-07-22T08:00:00.000Z', 2, Buffer.from('damaged')),
      standInBackup('2025-07-21T08:00:00.000Z', 1, await readFile(file))
    ])
    const rows = recovery.backupRows
    await expect(rows).toHaveCount(2)
    await expect(rows.nth(0)).toContainText('无法读取')
    await expect(recovery.restoreButton(0)).toBeDisabled()
    await expect(recovery.holds(1)).toContainText('评估 2 项')
    await expect(rows.nth(1)).toContainText('华东证券股份有限公司')
    await expect(rows.nth(1)).toContainText('建议')
    await saveScreenshot('recovery-desktop-zh-CN')

    await recovery.restoreButton(1).click()
    const { preview } = recovery
    await expect(preview.count).toHaveText('2')
    await expect(preview.root).toContainText('backup-20250721T080000000Z-0001.sabackup')
    await preview.confirm().click()

    await expectBothRestored(shell, home, openApp)
    const stored = await storedDatabases(page)
    expect(stored.pointer).toMatch(/^stability-assessor-restored-/)
    expect(stored.databases.map((d) => d.name)).toEqual(['stability-assessor', stored.pointer])
  })

  test('desktop: an automatic backup of the sample says how many answers it holds', async ({
    page,
    app: { shell, home, backup, recovery },
    openApp,
    guards
  }) => {
    guards.expectConsoleError(/Start-up failed/)
    await installDesktopBridge(page, [])
    await openApp('/')
    await home.openSample()
    // What the database holds: the count the row must show, read independently of the app.
    const answers = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('stability-assessor')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const count = await new Promise<number>((done, fail) => {
        const request = db.transaction('answers').objectStore('answers').count()
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      db.close()
      return count
    })
    expect(answers).toBeGreaterThan(0)
    // The automatic backup main would write (the app's own automatic-backup path, unencrypted).
    expect(await backup.flushAutoBackup()).toBe(true)
    const [written] = await backup.writtenAutoBackups()
    await failWithAutoBackups(page, shell, [standInBackup('2025-07-21T08:00:00.000Z', 1, written!)])
    await expect(recovery.backupRows).toHaveCount(1)
    await expect(recovery.holds(0)).toContainText(`评估 1 项，作答 ${answers} 条`)
  })

  test('desktop: an encrypted automatic backup is summarised once its passphrase is entered, then restored', async ({
    page,
    app: { shell, home, recovery },
    openApp,
    guards,
    saveScreenshot
  }) => {
    const plain = await readFile(await backUpBeforeFailing(page, openApp, guards))
    const passphrase = '外滩灯塔 巡检 2025'
    await failWithAutoBackups(page, shell, [
      standInBackup(
        '2025-07-22T08:00:00.000Z',
        1,
        Buffer.from(await encryptContainer(plain, passphrase, 'backup'))
      )
    ])
    // Encrypted: its manifest is sealed too, so the row says so and how to see what it holds.
    await expect(recovery.backupRows).toHaveCount(1)
    await expect(recovery.holds(0)).toHaveText('已加密点击“从此备份恢复”并输入口令后显示其内容')
    await expect(recovery.restoreButton(0)).toBeEnabled()

    // A wrong passphrase is refused and asked again; the right one shows what it holds.
    await recovery.restoreButton(0).click()
    await unlockWith(page, 'not the passphrase')
    await expect(page.getByTestId('unlock-error')).toContainText('口令不正确')
    await unlockWith(page, passphrase)
    const { preview } = recovery
    await expect(preview.count).toHaveText('2')
    await preview.cancel.click()
    await expect(preview.root).toHaveCount(0)
    // The row now shows the summary, like a plain backup's, still tagged encrypted.
    await expect(recovery.holds(0)).toContainText('已加密')
    await expect(recovery.holds(0)).toContainText('评估 2 项')
    await expect(recovery.holds(0)).toContainText('华东证券股份有限公司')
    await expect(recovery.backupRows.nth(0)).toContainText('建议')
    await saveScreenshot('recovery-desktop-encrypted-zh-CN')

    await recovery.restoreButton(0).click()
    await unlockWith(page, passphrase)
    await expect(preview.count).toHaveText('2')
    await preview.confirm().click()
    await expectBothRestored(shell, home, openApp)
  })
})
