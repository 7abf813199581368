import { expect, type Locator, type Page } from '@playwright/test'
import { expectDownload } from '../downloads'
import { chooseProtection, type Protection } from './protection'
import { PageObject } from './page-object'

/** The backup card of Settings, the browser build's backup reminder and the restore preview. */
export class BackupPage extends PageObject {
  readonly card = this.page.getByTestId('backup-card')
  /** Desktop: the automatic-backup settings (how many are kept, the newest). */
  readonly autoSettings = this.page.getByTestId('auto-backup-settings')
  readonly autoKeep = this.autoSettings.getByTestId('auto-backup-keep')
  /** Desktop: the offer to restore the newest automatic backup into an empty database. */
  readonly autoOffer = this.page.getByTestId('auto-backup-offer')
  readonly autoRestore = this.page.getByTestId('auto-backup-restore')
  readonly last = this.card.getByTestId('backup-last')
  readonly refused = this.page.getByTestId('backup-refused')
  /** A refused file's problems, one row each: where (its place, worded) and why. */
  readonly refusedIssues = this.refused.getByTestId('import-issue')
  readonly reminder = this.page.getByTestId('backup-reminder')
  readonly dismissReminder = this.reminder.getByTestId('backup-reminder-dismiss')
  readonly preview = new RestorePreview(this.page)
  /** Desktop: whether automatic backups are encrypted (`data-state` plain / encrypted / paused). */
  readonly autoEncryption = this.page.getByTestId('auto-backup-encryption')
  /** Desktop: the automatic backups main holds, each tagged encrypted or not. */
  readonly autoItems = this.autoSettings.getByTestId('auto-backup-item')

  /**
   * Settings → Back up now (without encryption unless a passphrase is given); returns the
   * downloaded file's path once the card says when.
   */
  async backUp(protection: Protection = 'none'): Promise<string> {
    const download = await expectDownload(this.page, async () => {
      await this.card.getByTestId('backup-now').click()
      await chooseProtection(this.page, protection)
    })
    expect(download.suggestedFilename()).toMatch(/\.sabackup$/)
    const path = await download.path()
    await expect(this.last).not.toHaveText(/尚未备份|Never/)
    return path
  }

  /** Settings: sets the automatic-backup passphrase (typed twice) and waits until it is on. */
  async setAutoPassphrase(passphrase: string): Promise<void> {
    await this.autoEncryption.getByTestId('auto-backup-set-passphrase').click()
    await chooseProtection(this.page, { passphrase }, 'auto-backup-passphrase-ok')
    await expect(this.autoEncryption).toHaveAttribute('data-state', 'encrypted')
  }

  /** Settings: enters the passphrase of a paused session. */
  async unlockAuto(passphrase: string): Promise<void> {
    await this.autoEncryption.getByTestId('auto-backup-unlock-passphrase').fill(passphrase)
    await this.autoEncryption.getByTestId('auto-backup-unlock').click()
  }

  /**
   * Runs what main runs before quitting (the stand-in bridge): writes an automatic backup if
   * anything changed. Resolves whether one was written.
   */
  async flushAutoBackup(): Promise<boolean> {
    // The hook is installed once per page, when the (lazily loaded) automatic-backup code starts:
    // after a reload, wait for it.
    await this.page.waitForFunction(
      () =>
        typeof (window as unknown as Record<string, unknown>).__stabilityAssessorFlushBackup ===
        'function'
    )
    return this.page.evaluate(() =>
      (
        window as unknown as { __stabilityAssessorFlushBackup: () => Promise<boolean> }
      ).__stabilityAssessorFlushBackup()
    )
  }

  /**
   * Marks the flush hook installed now, to tell later whether it is still the same function
   * (never removed or replaced: main may call it at any moment).
   */
  async markFlushHook(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        typeof (window as unknown as Record<string, unknown>).__stabilityAssessorFlushBackup ===
        'function'
    )
    await this.page.evaluate(() => {
      const hooks = window as unknown as Record<string, unknown>
      hooks.__markedFlushHook = hooks.__stabilityAssessorFlushBackup
    })
  }

  /** Whether the flush hook is the very function marked by {@link markFlushHook}. */
  async flushHookUnchanged(): Promise<boolean> {
    return this.page.evaluate(() => {
      const hooks = window as unknown as Record<string, unknown>
      return (
        typeof hooks.__markedFlushHook === 'function' &&
        hooks.__markedFlushHook === hooks.__stabilityAssessorFlushBackup
      )
    })
  }

  /** The bytes of every automatic backup written through the stand-in bridge, in order. */
  async writtenAutoBackups(): Promise<Buffer[]> {
    const written = await this.page.evaluate(
      () => (window as unknown as { __writtenBackupBytes: string[] }).__writtenBackupBytes
    )
    return written.map((b64) => Buffer.from(b64, 'base64'))
  }

  /** One cell of a refused file's problem: where 0, why 1. */
  refusedCell(row: number, cell: number): Locator {
    return this.refusedIssues.nth(row).locator('td').nth(cell)
  }

  /** Settings → Restore, choosing this file in the file dialog. */
  async pickRestoreFile(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await chooseFile(this.page, this.card.getByTestId('backup-restore'), file)
  }
}

/** What a backup holds, shown before anything is replaced. */
export class RestorePreview extends PageObject {
  readonly root = this.page.getByTestId('backup-preview')
  readonly count = this.root.getByTestId('backup-preview-count')

  /** The confirm button; its label says what confirming does (replace, restore…). */
  confirm(label?: string): Locator {
    return label === undefined
      ? this.page.getByTestId('backup-restore-confirm')
      : this.page.getByRole('button', { name: label })
  }

  /** Closes the preview without restoring anything. */
  readonly cancel = this.page.getByTestId('backup-restore-cancel')
}

/** The screen shown when the data cannot be opened, with its restore panel. */
export class RecoveryScreen extends PageObject {
  readonly screen = this.page.getByTestId('error-screen')
  readonly panel = this.page.getByTestId('recovery-restore')
  /** The desktop build's automatic backups. */
  readonly backups = this.panel.getByTestId('recovery-backups')
  readonly backupRows = this.panel.getByTestId('recovery-backup-row')
  readonly preview = new RestorePreview(this.page)
  /** A backup file refused here, and its problems (where and why). */
  readonly refused = this.page.getByTestId('recovery-refused')
  readonly refusedIssues = this.refused.getByTestId('import-issue')

  /** One cell of a refused file's problem: where 0, why 1. */
  refusedCell(row: number, cell: number): Locator {
    return this.refusedIssues.nth(row).locator('td').nth(cell)
  }

  /** What an automatic backup holds. */
  holds(row: number): Locator {
    return this.backupRows.nth(row).getByTestId('recovery-backup-holds')
  }

  restoreButton(row: number): Locator {
    return this.backupRows.nth(row).getByTestId('recovery-restore-auto')
  }

  async pickFile(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await chooseFile(this.page, this.panel.getByTestId('recovery-restore-file'), file)
  }
}

/** Clicks a control that opens the file dialog, and chooses the file there. */
async function chooseFile(
  page: Page,
  control: Locator,
  file: string | { name: string; buffer: Buffer }
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await control.click()
  await (
    await chooser
  ).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' })
}
