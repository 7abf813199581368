import { CloudDownloadOutlined, HistoryOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Progress, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { describeIssue, describeIssuePlace } from '../../i18n/describe-issue'
import { formatDateTime } from '../../i18n/format'
import { usePlatform } from '../../platform/usePlatform'
import { AutoBackupSettings } from './AutoBackupSettings'
import { lastBackupAt } from './backup-state'
import { RestoreConfirmModal } from './RestoreConfirmModal'
import { useBackupActions } from './useBackupActions'

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
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 200 } }}
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
        <Button
          type="primary"
          icon={<CloudDownloadOutlined />}
          data-testid="backup-now"
          loading={busy === 'backup'}
          disabled={busy !== null && busy !== 'backup'}
          onClick={() => void actions.backUpNow()}
        >
          {t('backup.backUpNow')}
        </Button>
        <Button
          icon={<HistoryOutlined />}
          data-testid="backup-restore"
          loading={busy === 'check'}
          disabled={busy !== null && busy !== 'check'}
          onClick={() => void actions.pickRestoreFile()}
        >
          {t('backup.restoreFromFile')}
        </Button>
      </Space>
      {busy === 'backup' && (
        <Progress percent={progress} size="small" style={{ maxWidth: 420, marginTop: 12 }} />
      )}
      {refused && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: actions.dismissRefusal }}
          style={{ marginTop: 16 }}
          data-testid="backup-refused"
          title={t('backup.refusedTitle', { name: refused.fileName })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {refused.issues.slice(0, 8).map((issue, index) => (
                <li key={index}>
                  <Typography.Text code>
                    {describeIssuePlace(issue.path, t, i18n.language)}
                  </Typography.Text>{' '}
                  {describeIssue(issue, t, i18n.language)}
                </li>
              ))}
              {refused.issues.length > 8 && (
                <li>{t('backup.moreIssues', { count: refused.issues.length - 8 })}</li>
              )}
            </ul>
          }
        />
      )}
      {autoBackups && <AutoBackupSettings store={autoBackups} />}
      <RestoreConfirmModal
        pending={actions.pending}
        restoring={busy === 'restore'}
        onConfirm={() => void actions.confirmRestore()}
        onCancel={actions.cancelRestore}
      />
    </Card>
  )
}
