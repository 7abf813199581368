import { Descriptions, InputNumber, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { useAutoBackupKeep } from '../../db/hooks/useBackupFacts'
import { DEFAULT_AUTO_BACKUP_KEEP, saveAutoBackupKeep } from '../../db/repos/backup-settings'
import { formatDateTime } from '../../i18n/format'
import type { AutoBackupStore } from '../../platform/platform'
import { usePlatformQuery } from '../../platform/usePlatformQuery'

/** Desktop only: how many automatic backups are kept, and the newest one. */
export function AutoBackupSettings({ store }: { store: AutoBackupStore }) {
  const { t, i18n } = useTranslation()
  const stored = useAutoBackupKeep().data
  // What was typed shows at once; the stored value follows when the write lands.
  const [typed, setTyped] = useState<number | null>(null)
  const keep = typed ?? stored ?? DEFAULT_AUTO_BACKUP_KEEP
  const listed = usePlatformQuery(useCallback(() => store.list(), [store]))
  const newest =
    listed.status === 'ready'
      ? (listed.value[0] ?? null)
      : listed.status === 'error'
        ? null
        : undefined
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
                  setTyped(value)
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
