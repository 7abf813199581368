import { useCallback, useState, type ReactNode } from 'react'
import { readBackupManifest, type BackupContents } from '@shared/backup'
import type { StoredBackup } from '@shared/ipc/contract'
import type { ValidationIssue } from '@shared/util/validation'
import type { OpenFailureKind } from '../../db/open-storage'
import { restoreIntoNewDatabase } from '../../db/repos/recovery'
import { BACKUP_EXTENSION, MAX_BACKUP_FILE_BYTES } from '../../features/backup/useBackupActions'
import { readBackupOffThread } from '../../features/file-check/check-off-thread'
import { backupPreview } from '../../features/file-check/file-check-core'
import type { BackupPreview } from '../../features/file-check/file-check-protocol'
import { useUnlock } from '../../features/protection/useProtection'
import { useDescribeError } from '../../i18n/describe-error'
import type { AutoBackupStore, Platform } from '../../platform/platform'
import { usePlatformQuery } from '../../platform/usePlatformQuery'
import {
  newestBackups,
  recoverySources,
  summarizeBackup,
  type BackupSummary,
  type RecoverySource
} from './recovery-plan'

/** One automatic backup in the recovery list. */
export interface RecoveryRow {
  backup: StoredBackup
  /**
   * null: the file could not be read as a backup, or it is encrypted and its passphrase was not
   * entered yet in this screen (its manifest is inside the container).
   */
  summary: BackupSummary | null
  /** Encrypted (container magic): restorable with its passphrase, summarised once it is entered. */
  sealed: boolean
}

type Pending = { fileName: string; contents: BackupContents; preview: BackupPreview }
const pendingOf = (fileName: string, contents: BackupContents): Pending => ({
  fileName,
  contents,
  preview: backupPreview(contents)
})
type FileRead = { name: string; bytes: Uint8Array } | null

export interface RecoveryRestoreState {
  sources: RecoverySource[]
  /** The newest automatic backups; null while they are listed. */
  rows: RecoveryRow[] | null
  busy: null | 'check' | 'restore'
  /** A checked backup waiting for the user's confirmation. */
  pending: Pending | null
  refused: { fileName: string; issues: ValidationIssue[] } | null
  /** Why listing, checking or restoring failed, in the user's language. */
  failure: string | null
  restored: boolean
  /** Asks the passphrase of an encrypted backup file; rendered by the panel. */
  unlockDialog: ReactNode
  pickFile: () => Promise<void>
  restoreAutomatic: (row: RecoveryRow) => Promise<void>
  confirm: () => Promise<void>
  cancel: () => void
}

/** The newest automatic backups, each with what its manifest says it holds. */
async function listRecoveryRows(store: AutoBackupStore): Promise<RecoveryRow[]> {
  const rows: RecoveryRow[] = []
  for (const backup of newestBackups(await store.list())) {
    if (backup.encrypted) {
      rows.push({ backup, summary: null, sealed: true })
      continue
    }
    const manifest = await store
      .read(backup.name)
      .then((file) => readBackupManifest(file.bytes))
      .catch(() => null)
    rows.push({
      backup,
      summary: manifest?.ok ? summarizeBackup(manifest.value) : null,
      sealed: false
    })
  }
  return rows
}

/**
 * The automatic backups of `store` (none without one; null while listed). An encrypted one shows
 * what it holds once its passphrase was entered on this screen: `learn` records that.
 */
function useRecoveryRows(store: AutoBackupStore | undefined) {
  const list = useCallback(() => (store ? listRecoveryRows(store) : Promise.resolve([])), [store])
  const listed = usePlatformQuery(store ? list : null)
  const [known, setKnown] = useState<ReadonlyMap<string, BackupSummary>>(new Map())
  const show = (row: RecoveryRow): RecoveryRow => {
    const summary = row.sealed ? known.get(row.backup.name) : undefined
    return summary === undefined ? row : { ...row, summary }
  }
  return {
    rows: !store
      ? []
      : listed.status === 'ready'
        ? listed.value.map(show)
        : listed.status === 'error'
          ? []
          : null,
    error: listed.status === 'error' ? listed.error : null,
    learn: (row: RecoveryRow, contents: BackupContents): void => {
      if (!row.sealed) return
      const summary = summarizeBackup(contents.manifest)
      setKnown((before) => new Map(before).set(row.backup.name, summary))
    }
  }
}

/**
 * The recovery screen's restore workflow: list the automatic backups (desktop), check a chosen
 * backup off the UI thread, show what it holds, and on confirmation restore it into a new
 * database (restoreIntoNewDatabase) and reload onto it.
 */
export function useRecoveryRestore(
  platform: Platform,
  kind: OpenFailureKind
): RecoveryRestoreState {
  const describe = useDescribeError()
  const store = platform.autoBackups
  const sources = recoverySources(kind, store !== undefined)
  const listsAutomatic = store !== undefined && sources.includes('automatic')
  const listed = useRecoveryRows(listsAutomatic ? store : undefined)
  const [busy, setBusy] = useState<RecoveryRestoreState['busy']>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [refused, setRefused] = useState<RecoveryRestoreState['refused']>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [restored, setRestored] = useState(false)
  const fail = (error: unknown): void => setFailure(describe(error))
  const unlock = useUnlock()

  const check = async (
    read: () => Promise<FileRead>,
    onChecked?: (contents: BackupContents) => void
  ): Promise<void> => {
    setRefused(null)
    setFailure(null)
    setBusy('check')
    try {
      const file = await read()
      if (!file) return
      const checked = await unlock.open(file.name, file.bytes, readBackupOffThread)
      if (checked === null) return
      if (checked.ok) {
        onChecked?.(checked.value)
        setPending(pendingOf(file.name, checked.value))
      } else setRefused({ fileName: file.name, issues: checked.issues })
    } catch (error) {
      fail(error)
    } finally {
      setBusy(null)
    }
  }

  const confirm = async (): Promise<void> => {
    if (!pending) return
    setBusy('restore')
    try {
      await restoreIntoNewDatabase(pending.contents)
      setPending(null)
      setRestored(true)
      window.location.reload()
    } catch (error) {
      setPending(null)
      fail(error)
    } finally {
      setBusy(null)
    }
  }

  return {
    sources,
    rows: listed.rows,
    busy,
    pending,
    refused,
    failure: failure ?? (listed.error === null ? null : describe(listed.error)),
    restored,
    unlockDialog: unlock.dialog,
    pickFile: () =>
      check(() =>
        platform.openFile({ accept: [BACKUP_EXTENSION, 'zip'], maxBytes: MAX_BACKUP_FILE_BYTES })
      ),
    restoreAutomatic: (row) =>
      check(
        async () =>
          store
            ? { name: row.backup.name, bytes: (await store.read(row.backup.name)).bytes }
            : null,
        (contents) => listed.learn(row, contents)
      ),
    confirm,
    cancel: () => setPending(null)
  }
}
