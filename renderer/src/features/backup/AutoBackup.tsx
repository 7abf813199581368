import { App, Modal } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupContents } from '@shared/backup'
import type { StoredBackup } from '@shared/ipc/contract'
import { getDatabase } from '../../db/database'
import { restoreBackup } from '../../db/repos/backup'
import { describeError } from '../../i18n/describe-error'
import { formatDateTime } from '../../i18n/format'
import { usePlatform } from '../../platform/usePlatform'
import { readBackupOffThread } from '../file-check/check-off-thread'
import { AUTO_BACKUP_CHECK_MS, dueReason, runAutoBackup } from './auto-backup'

/** The function main calls (executeJavaScript) before the app quits: flush a backup, then resolve. */
const FLUSH_HOOK = '__stabilityAssessorFlushBackup'

/**
 * Desktop only (renders nothing elsewhere): writes automatic backups through main — after a
 * finalization, every few minutes while there are unbacked changes, and when main asks before
 * quitting — and, when the app opens an empty database while automatic backups exist, offers to
 * restore the newest one.
 */
export function AutoBackup() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const platform = usePlatform()
  const store = platform.autoBackups
  const [offer, setOffer] = useState<{
    newest: StoredBackup
    count: number
    contents: BackupContents
  } | null>(null)
  const [restoring, setRestoring] = useState(false)

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
    const hooks = window as unknown as Record<string, unknown>
    hooks[FLUSH_HOOK] = () => runAutoBackup(db, store, 'quit', generator).catch(() => false)
    return () => {
      clearInterval(timer)
      delete hooks[FLUSH_HOOK]
    }
  }, [platform, store])

  useEffect(() => {
    if (!store || sessionStorage.getItem('stability-assessor.backup.offered')) return
    let current = true
    void (async () => {
      if ((await getDatabase().assessments.count()) > 0) return
      const list = await store.list()
      const newest = list[0]
      if (!newest) return
      const file = await store.read(newest.name)
      const checked = await readBackupOffThread(file.bytes)
      if (!checked.ok || checked.value.assessments.length === 0) return
      if (current) setOffer({ newest, count: list.length, contents: checked.value })
    })().catch(() => undefined)
    return () => {
      current = false
    }
  }, [store])

  if (!offer) return null
  const close = (): void => {
    sessionStorage.setItem('stability-assessor.backup.offered', '1')
    setOffer(null)
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
      onOk={() => {
        setRestoring(true)
        restoreBackup(getDatabase(), offer.contents)
          .then(() => {
            void message.success(t('backup.restored', { count: offer.contents.assessments.length }))
            close()
          })
          .catch((error: unknown) =>
            message.error(
              t('backup.offer.failed', { message: describeError(error, t, i18n.language) })
            )
          )
          .finally(() => setRestoring(false))
      }}
    >
      <p data-testid="auto-backup-offer">
        {t('backup.offer.description', {
          count: offer.count,
          date: formatDateTime(offer.newest.createdAt, i18n.language),
          assessments: offer.contents.assessments.length
        })}
      </p>
    </Modal>
  )
}
