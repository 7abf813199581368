import { HistoryOutlined } from '@ant-design/icons'
import { Alert, ConfigProvider, Space, Spin, Typography } from 'antd'
import { OneAtATimeButton } from '../../components/OneAtATimeButton'
import { useTranslation } from 'react-i18next'
import type { OpenFailureKind } from '../../db/open-storage'
import { BackupRefusedAlert } from '../../features/backup/BackupRefusedAlert'
import { RestoreConfirmModal } from '../../features/backup/RestoreConfirmModal'
import { antdLocales } from '../../i18n/antd-locale'
import { useLanguage } from '../../i18n/useLanguage'
import type { Platform } from '../../platform/platform'
import { appTheme } from '../theme'
import { RecoveryBackupTable } from './RecoveryBackupTable'
import { useRecoveryRestore, type RecoveryRestoreState } from './useRecoveryRestore'

/**
 * The recovery screen's restore panel (lazy: only a failed start-up loads it). Lists the desktop
 * app's newest automatic backups with what they hold, and offers a backup file in every build.
 * The restore goes into a new database, verified before the app switches to it; the database that
 * would not open is left untouched (restoreIntoNewDatabase). Then the app reloads onto it.
 */
export function RecoveryRestore({ platform, kind }: { platform: Platform; kind: OpenFailureKind }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const recovery = useRecoveryRestore(platform, kind)
  const { sources, rows, busy } = recovery
  if (sources.length === 0) return null
  const automatic = sources.includes('automatic')
  return (
    <ConfigProvider theme={appTheme} locale={antdLocales[language]}>
      <section
        data-testid="recovery-restore"
        style={{ margin: '0 0 24px', paddingTop: 16, borderTop: '1px solid #eef0f3' }}
      >
        <Typography.Title level={2} style={{ fontSize: 18, margin: '0 0 8px' }}>
          {t('storage.recovery.restore.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('storage.recovery.restore.description')}
          {kind === 'newerVersion' && ` ${t('storage.recovery.restore.newerHint')}`}
        </Typography.Paragraph>
        {recovery.unlockDialog}
        {automatic &&
          (rows === null ? (
            <Spin size="small" data-testid="recovery-backups-loading" />
          ) : rows.length === 0 ? (
            <Typography.Paragraph data-testid="recovery-no-backups">
              {t('storage.recovery.restore.noAutomatic')}
            </Typography.Paragraph>
          ) : (
            <RecoveryBackupTable
              rows={rows}
              disabled={busy !== null}
              onRestore={(row) => void recovery.restoreAutomatic(row)}
            />
          ))}
        <Space wrap>
          <OneAtATimeButton
            icon={<HistoryOutlined />}
            data-testid="recovery-restore-file"
            type={automatic ? 'default' : 'primary'}
            action="check"
            busy={busy}
            onClick={() => void recovery.pickFile()}
          >
            {t('storage.recovery.restore.fromFile')}
          </OneAtATimeButton>
        </Space>
        <RecoveryOutcome recovery={recovery} />
      </section>
    </ConfigProvider>
  )
}

/** Refusal, failure or success of the last attempt, and the confirmation of a checked backup. */
function RecoveryOutcome({ recovery }: { recovery: RecoveryRestoreState }) {
  const { t } = useTranslation()
  const { refused, failure, restored, pending, busy } = recovery
  return (
    <>
      {refused && (
        <BackupRefusedAlert refused={refused} testId="recovery-refused" style={{ marginTop: 12 }} />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="recovery-failed"
          title={t('storage.recovery.restore.failed', { message: failure })}
        />
      )}
      {restored && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="recovery-restored"
          title={t('storage.recovery.restore.restored')}
        />
      )}
      <RestoreConfirmModal
        pending={pending}
        restoring={busy === 'restore'}
        warning={t('storage.recovery.restore.warning')}
        confirmLabel={t('storage.recovery.restore.confirm')}
        onConfirm={() => void recovery.confirm()}
        onCancel={recovery.cancel}
      />
    </>
  )
}
