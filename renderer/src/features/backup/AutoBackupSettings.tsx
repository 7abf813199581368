import { Descriptions, InputNumber, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredBackup } from '@shared/ipc/contract'
import { getDatabase } from '../../db/database'
import {
  DEFAULT_AUTO_BACKUP_KEEP,
  loadAutoBackupKeep,
  saveAutoBackupKeep
} from '../../db/repos/backup'
import { formatDateTime } from '../../i18n/format'
import type { AutoBackupStore } from '../../platform/platform'

/** Desktop only: how many automatic backups are kept, and the newest one. */
export function AutoBackupSettings({ store }: { store: AutoBackupStore }) {
  const { t, i18n } = useTranslation()
  const [keep, setKeep] = useState<number>(DEFAULT_AUTO_BACKUP_KEEP)
  const [newest, setNewest] = useState<StoredBackup | null | undefined>(undefined)
  useEffect(() => {
    let current = true
    void loadAutoBackupKeep(getDatabase()).then((value) => current && setKeep(value))
    store.list().then(
      (list) => current && setNewest(list[0] ?? null),
      () => current && setNewest(null)
    )
    return () => {
      current = false
    }
  }, [store])
  return (
    <div style={{ marginTop: 24 }} data-testid="auto-backup-settings">
      <Typography.Title level={5}>{t('backup.auto.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('backup.auto.description')}</Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 200 } }}
        items={[
          {
            key: 'keep',
            label: t('backup.auto.keep'),
            children: (
              <InputNumber
                min={1}
                max={100}
                precision={0}
                value={keep}
                data-testid="auto-backup-keep"
                onChange={(value) => {
                  if (typeof value !== 'number') return
                  setKeep(value)
                  void saveAutoBackupKeep(getDatabase(), value)
                }}
              />
            )
          },
          {
            key: 'latest',
            label: t('backup.auto.latest'),
            children:
              newest === undefined
                ? '…'
                : newest === null
                  ? t('backup.auto.none')
                  : formatDateTime(newest.createdAt, i18n.language)
          }
        ]}
      />
    </div>
  )
}
