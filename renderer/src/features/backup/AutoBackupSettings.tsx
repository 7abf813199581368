import { InputNumber, Tag, Typography } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { useAutoBackupKeep } from '../../db/hooks/useBackupFacts'
import { DEFAULT_AUTO_BACKUP_KEEP, saveAutoBackupKeep } from '../../db/repos/backup-settings'
import { formatDateTime } from '../../i18n/format'
import type { StoredBackup } from '@shared/ipc/contract'
import type { AutoBackupStore } from '../../platform/platform'
import { usePlatformQuery } from '../../platform/usePlatformQuery'
import { AutoBackupEncryption } from './AutoBackupEncryption'
import { SettingsFacts } from '../../components/SettingsFacts'

/**
 * Desktop only: whether automatic backups are encrypted (and the passphrase), how many are kept,
 * and the backups main holds, each marked encrypted or not.
 */
export function AutoBackupSettings({ store }: { store: AutoBackupStore }) {
  const { t, i18n } = useTranslation()
  const stored = useAutoBackupKeep().data
  // What was typed shows at once; the stored value follows when the write lands.
  const [typed, setTyped] = useState<number | null>(null)
  const keep = typed ?? stored ?? DEFAULT_AUTO_BACKUP_KEEP
  const listed = usePlatformQuery(useCallback(() => store.list(), [store]))
  const backups =
    listed.status === 'ready' ? listed.value : listed.status === 'error' ? [] : undefined
  return (
    <div style={{ marginTop: 24 }} data-testid="auto-backup-settings">
      <Typography.Title level={5}>{t('backup.auto.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('backup.auto.description')}</Typography.Paragraph>
      <SettingsFacts
        items={[
          {
            key: 'encryption',
            label: t('backup.auto.encryption'),
            children: <AutoBackupEncryption />
          },
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
            label: t('backup.auto.list'),
            children:
              backups === undefined
                ? '…'
                : backups.length === 0
                  ? t('backup.auto.none')
                  : backups.map((backup) => (
                      <StoredBackupLine key={backup.name} backup={backup} locale={i18n.language} />
                    ))
          }
        ]}
      />
    </div>
  )
}

/** One automatic backup: when it was written, its size, and whether it is encrypted. */
function StoredBackupLine({ backup, locale }: { backup: StoredBackup; locale: string }) {
  const { t } = useTranslation()
  return (
    <div data-testid="auto-backup-item" data-encrypted={backup.encrypted}>
      {formatDateTime(backup.createdAt, locale)}{' '}
      <Typography.Text type="secondary">
        {t('backup.auto.size', { size: (backup.size / 1024 / 1024).toFixed(1) })}
      </Typography.Text>{' '}
      <Tag color={backup.encrypted ? 'green' : 'orange'}>
        {t(backup.encrypted ? 'backup.auto.tagEncrypted' : 'backup.auto.tagPlain')}
      </Tag>
    </div>
  )
}
