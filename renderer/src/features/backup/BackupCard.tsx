import { CloudDownloadOutlined, HistoryOutlined } from '@ant-design/icons'
import { Card, Progress, Space, Typography } from 'antd'
import { OneAtATimeButton } from '../../components/OneAtATimeButton'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../i18n/format'
import { usePlatform } from '../../platform/usePlatform'
import { AutoBackupSettings } from './AutoBackupSettings'
import { lastBackupAt } from './backup-state'
import type { PercentFeed } from './percent-feed'
import { BackupRefusedAlert } from './BackupRefusedAlert'
import { RestoreConfirmModal } from './RestoreConfirmModal'
import { useBackupActions } from './useBackupActions'
import { SettingsFacts } from '../../components/SettingsFacts'

/** Settings → Backups: a whole-database backup to a file, and restoring one after confirmation. */
export function BackupCard() {
  const { t, i18n } = useTranslation()
  const actions = useBackupActions()
  const { autoBackups } = usePlatform()
  const { busy, progress, refused } = actions
  const last = actions.lastSavedAt ?? lastBackupAt()
  return (
    <Card title={t('backup.title')} data-testid="backup-card">
      <Typography.Paragraph type="secondary">{t('backup.description')}</Typography.Paragraph>
      <SettingsFacts
        items={[
          {
            key: 'last',
            label: t('backup.lastBackup'),
            children: (
              <span data-testid="backup-last">
                {last ? formatDateTime(last, i18n.language) : t('backup.never')}
              </span>
            )
          }
        ]}
      />
      <Space wrap style={{ marginTop: 16 }}>
        <OneAtATimeButton
          type="primary"
          icon={<CloudDownloadOutlined />}
          data-testid="backup-now"
          action="backup"
          busy={busy}
          onClick={() => void actions.backUpNow()}
        >
          {t('backup.backUpNow')}
        </OneAtATimeButton>
        <OneAtATimeButton
          icon={<HistoryOutlined />}
          data-testid="backup-restore"
          action="check"
          busy={busy}
          onClick={() => void actions.pickRestoreFile()}
        >
          {t('backup.restoreFromFile')}
        </OneAtATimeButton>
      </Space>
      {busy === 'backup' && <BackupProgress feed={progress} />}
      {refused && (
        <BackupRefusedAlert
          refused={refused}
          testId="backup-refused"
          onClose={actions.dismissRefusal}
          style={{ marginTop: 16 }}
        />
      )}
      {autoBackups && <AutoBackupSettings store={autoBackups} />}
      {actions.protectDialog}
      {actions.unlockDialog}
      <RestoreConfirmModal
        pending={actions.pending}
        restoring={busy === 'restore'}
        onConfirm={() => void actions.confirmRestore()}
        onCancel={actions.cancelRestore}
      />
    </Card>
  )
}

/** The packing progress: the one part of the card that re-renders as a backup advances. */
function BackupProgress({ feed }: { feed: PercentFeed }) {
  const percent = useSyncExternalStore(feed.subscribe, feed.get)
  return <Progress percent={percent} size="small" style={{ maxWidth: 420, marginTop: 12 }} />
}
