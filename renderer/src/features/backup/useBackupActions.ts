import { App } from 'antd'
import { startTransition, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { useFailureToast } from '../../i18n/useFailureToast'
import { usePlatform } from '../../platform/usePlatform'
import { afterNextPaint, nextTask } from '../file-check/check-off-thread'
import { checkBackupToRestore, type HeldBackup } from '../file-check/held-backup'
import type { Platform } from '../../platform/platform'
import type { ProtectChoice } from '../protection/ProtectDialog'
import { useProtectChoice, useUnlock } from '../protection/useProtection'
import { recordBackup } from './backup-state'
import { writeBackupFile } from './backup-file'
import { createPercentFeed } from './percent-feed'

/** Backup files are zips; this extension keeps them apart from packages and other zips. */
export const BACKUP_EXTENSION = 'sabackup'
/** Larger files are refused before they are read (the package reader's own limit). */
export const MAX_BACKUP_FILE_BYTES = 512 * 1024 * 1024

const two = (n: number): string => String(n).padStart(2, '0')
/** `稳定性评估备份-20250721-0800.sabackup`: local time, sortable. */
export function backupFileName(prefix: string, at: Date): string {
  const stamp = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`
  return `${prefix}-${stamp}.${BACKUP_EXTENSION}`
}

export type Busy = null | 'backup' | 'check' | 'restore'

/** Backs the database up, sealed as chosen (in the backup worker), and hands it to the platform. */
async function saveBackupFile(
  platform: Platform,
  choice: ProtectChoice,
  now: Date,
  options: { fileName: string; fileType: string; onProgress: (percent: number) => void }
): Promise<{ saved: boolean; path?: string }> {
  const info = await platform.getAppInfo()
  const file = await writeBackupFile(getDatabase(), {
    generator: `${info.name} ${info.version} (${info.platform})`,
    now,
    seal: choice.encrypt ? { passphrase: choice.passphrase } : null,
    onProgress: options.onProgress
  })
  return platform.saveFile({
    suggestedName: options.fileName,
    bytes: file,
    mimeType: choice.encrypt ? 'application/octet-stream' : 'application/zip',
    filters: [{ name: options.fileType, extensions: [BACKUP_EXTENSION] }]
  })
}

/**
 * The backup card's actions: back up now (encrypted with a passphrase unless the user explicitly
 * chooses not to; docs/security.md), pick and check a file (asking the passphrase of an encrypted
 * one), restore after confirmation. The card renders `dialogs`.
 */
export function useBackupActions() {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const { message } = App.useApp()
  const platform = usePlatform()
  const [busy, setBusy] = useState<Busy>(null)
  // Not state: only the progress bar re-renders as packing advances (percent-feed.ts).
  const [progress] = useState(createPercentFeed)
  const [pending, setPending] = useState<{ fileName: string; held: HeldBackup } | null>(null)
  // A checked backup lives in its worker until restored: let it go once replaced or left.
  useEffect(() => () => pending?.held.release(), [pending])
  const [refused, setRefused] = useState<{ fileName: string; issues: ValidationIssue[] } | null>(
    null
  )
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(null)
  const protection = useProtectChoice('backup')
  const unlock = useUnlock()

  const fail = (
    key: 'backup.backupFailed' | 'backup.readFailed' | 'backup.restoreFailed',
    error: unknown
  ): void => failed(error, (said) => t(key, { message: said }))

  async function backUpNow(): Promise<void> {
    const choice = await protection.ask()
    if (choice === null) return
    setBusy('backup')
    progress.set(0)
    try {
      const now = new Date()
      const result = await saveBackupFile(platform, choice, now, {
        fileName: backupFileName(t('backup.filePrefix'), now),
        fileType: t(choice.encrypt ? 'protection.backupFileType' : 'backup.fileType'),
        onProgress: progress.set
      })
      if (!result.saved) return
      recordBackup(now)
      setLastSavedAt(now.toISOString())
      // The notice once the card's return from busy is drawn: together, one long task (PERF-DB-4).
      const saved = result.path ? t('backup.savedTo', { path: result.path }) : t('backup.saved')
      void afterNextPaint().then(() => message.success(saved))
    } catch (error) {
      fail('backup.backupFailed', error)
    } finally {
      setBusy(null)
    }
  }

  async function pickRestoreFile(): Promise<void> {
    setRefused(null)
    try {
      const file = await platform.openFile({
        accept: [BACKUP_EXTENSION, 'zip'],
        maxBytes: MAX_BACKUP_FILE_BYTES
      })
      if (!file) return
      setBusy('check')
      // Decryption, unzip, validation and hashing run in a worker, which keeps the checked backup
      // until the user confirms: the UI keeps responding on a large file.
      const checked = await unlock.open(file.name, file.bytes, checkBackupToRestore)
      // Phase mark: bench/data.bench.ts lines it up with the page's long tasks.
      performance.mark('restore:checked')
      if (checked === null) return
      // The passphrase dialog closes in this task, the confirmation opens in the next: together
      // they were one long task (PERF-DB-4).
      await nextTask()
      // A transition: React renders the confirmation (antd's modal, its styles made on first use)
      // in slices between frames, not in one long task.
      startTransition(() => {
        if (checked.ok) setPending({ fileName: file.name, held: checked.value })
        else setRefused({ fileName: file.name, issues: checked.issues })
      })
    } catch (error) {
      fail('backup.readFailed', error)
    } finally {
      setBusy(null)
    }
  }

  async function confirmRestore(): Promise<void> {
    if (!pending) return
    setBusy('restore')
    try {
      await pending.held.restore(getDatabase())
      setPending(null)
      const count = pending.held.preview.manifest.assessments.length
      // The notice once the dialog's closing is drawn: in the same frame, the notice's first
      // measure recalculated the styles of both in one long task (PERF-DB-4).
      void afterNextPaint().then(() => message.success(t('backup.restored', { count })))
    } catch (error) {
      fail('backup.restoreFailed', error)
    } finally {
      setBusy(null)
    }
  }

  return {
    busy,
    progress,
    pending: pending && { fileName: pending.fileName, preview: pending.held.preview },
    refused,
    lastSavedAt,
    backUpNow,
    pickRestoreFile,
    confirmRestore,
    cancelRestore: () => setPending(null),
    protectDialog: protection.dialog,
    unlockDialog: unlock.dialog,
    dismissRefusal: () => setRefused(null)
  }
}
