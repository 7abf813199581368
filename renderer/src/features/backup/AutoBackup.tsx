import { App, Modal } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { useDatabaseEmpty } from '../../db/hooks/useBackupFacts'
import { useFailureToast } from '../../i18n/useFailureToast'
import { formatDateTime } from '../../i18n/format'
import type { AutoBackupStore, Platform } from '../../platform/platform'
import { usePlatform } from '../../platform/usePlatform'
import { usePlatformQuery } from '../../platform/usePlatformQuery'
import { startsLikeContainer } from '@shared/crypto/magic'
import { checkBackupToRestore } from '../file-check/held-backup'
import { afterNextPaint } from '../file-check/check-off-thread'
import { describeIssue } from '@shared/issues/describe'
import { issueLanguage } from '@shared/issues/catalogue/texts'
import { useUnlock } from '../protection/useProtection'
import { AUTO_BACKUP_CHECK_MS, dueReason, runAutoBackup } from './auto-backup'
import { installQuitFlushHook, registerQuitFlush } from './quit-flush'

/** Set once the restore offer was answered: it is not made again in this session. */
const OFFERED_KEY = 'stability-assessor.backup.offered'

/**
 * Desktop only (renders nothing elsewhere): writes automatic backups through main — after a
 * finalization, every few minutes while there are unbacked changes, and when main asks before
 * quitting — and, when the app opens an empty database while automatic backups exist, offers to
 * restore the newest one.
 */
export function AutoBackup() {
  const platform = usePlatform()
  const store = platform.autoBackups
  useAutoBackupSchedule(platform, store)
  return store ? <RestoreOffer store={store} /> : null
}

/** Runs the automatic backups while the app is open, and registers the flush main calls on quit. */
function useAutoBackupSchedule(platform: Platform, store: AutoBackupStore | undefined): void {
  useEffect(() => {
    if (!store) return
    const db = getDatabase()
    let generator = 'Stability Assessor (desktop)'
    void platform.getAppInfo().then((info) => {
      generator = `${info.name} ${info.version} (${info.platform})`
    })
    const tick = async (): Promise<void> => {
      const reason = await dueReason(db)
      if (reason) await runAutoBackup(db, store, reason, generator)
    }
    const timer = setInterval(() => void tick().catch(() => undefined), AUTO_BACKUP_CHECK_MS)
    void tick().catch(() => undefined)
    // The hook main calls stays installed; only what it flushes follows this store.
    installQuitFlushHook()
    const release = registerQuitFlush(() =>
      runAutoBackup(db, store, 'quit', generator).catch(() => false)
    )
    return () => {
      clearInterval(timer)
      release()
    }
  }, [platform, store])
}

/**
 * The newest automatic backup when it holds assessments; null when there is nothing to offer. An
 * encrypted one is offered as it is: its passphrase is asked when the user chooses to restore.
 */
async function newestRestorable(store: AutoBackupStore) {
  const list = await store.list()
  const newest = list[0]
  if (!newest) return null
  const { bytes } = await store.read(newest.name)
  if (startsLikeContainer(bytes)) return { newest, count: list.length, bytes, held: null }
  // Checked in the worker, which keeps it until the user answers (held-backup.ts).
  const checked = await checkBackupToRestore(bytes)
  if (!checked.ok) return null
  if (checked.value.preview.manifest.assessments.length > 0)
    return { newest, count: list.length, bytes, held: checked.value }
  checked.value.release()
  return null
}

/** Offers the newest automatic backup while the database is empty (once per session). */
function RestoreOffer({ store }: { store: AutoBackupStore }) {
  const { t, i18n } = useTranslation()
  const failed = useFailureToast()
  const { message } = App.useApp()
  const empty = useDatabaseEmpty().data === true
  const [answered, setAnswered] = useState(() => sessionStorage.getItem(OFFERED_KEY) !== null)
  const [restoring, setRestoring] = useState(false)
  const unlock = useUnlock()
  const load = useCallback(() => newestRestorable(store), [store])
  const found = usePlatformQuery(empty && !answered ? load : null)
  const offer = found.status === 'ready' ? found.value : null
  if (!offer) return null
  const close = (): void => {
    offer.held?.release()
    sessionStorage.setItem(OFFERED_KEY, '1')
    setAnswered(true)
  }
  const restore = async (): Promise<number | false> => {
    let held = offer.held
    if (held === null) {
      // Encrypted: the passphrase is asked (again after a wrong one) and checked in the worker.
      const opened = await unlock.open(offer.newest.name, offer.bytes, checkBackupToRestore)
      if (opened === null) return false
      if (!opened.ok)
        throw new Error(describeIssue(opened.issues[0]!, issueLanguage(i18n.language)))
      held = opened.value
    }
    await held.restore(getDatabase())
    return held.preview.manifest.assessments.length
  }
  const confirm = (): void => {
    setRestoring(true)
    restore()
      .then((count) => {
        if (count === false) return
        close()
        // Once the dialog's closing is drawn (afterNextPaint: together, one long task).
        void afterNextPaint().then(() => message.success(t('backup.restored', { count })))
      })
      .catch((error: unknown) =>
        failed(error, (said) => t('backup.offer.failed', { message: said }))
      )
      .finally(() => setRestoring(false))
  }
  return (
    <Modal
      open
      title={t('backup.offer.title')}
      okText={t('backup.offer.restore')}
      cancelText={t('backup.offer.skip')}
      confirmLoading={restoring}
      okButtonProps={{ ...{ 'data-testid': 'auto-backup-restore' } }}
      onCancel={close}
      onOk={confirm}
    >
      <p data-testid="auto-backup-offer">
        {offer.held === null
          ? t('backup.offer.descriptionEncrypted', {
              count: offer.count,
              date: formatDateTime(offer.newest.createdAt, i18n.language)
            })
          : t('backup.offer.description', {
              count: offer.count,
              date: formatDateTime(offer.newest.createdAt, i18n.language),
              assessments: offer.held.preview.manifest.assessments.length
            })}
      </p>
      {unlock.dialog}
    </Modal>
  )
}
