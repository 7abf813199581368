import { Alert, Button, Space } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { paths } from '../../app/paths'
import { useLatestChangeAt } from '../../db/hooks/useBackupFacts'
import { usePlatform } from '../../platform/usePlatform'
import { backupReminderDue, dismissBackupReminder, noteUnbackedChanges } from './backup-state'

/**
 * The browser build keeps data only in this browser's storage: when there are changes that no
 * downloaded backup holds, for BACKUP_REMINDER_DAYS, remind the user to download one. Dismissible.
 * The desktop app backs up by itself, so it shows nothing. Checked again on every change to the
 * data and every navigation.
 */
export function BackupReminder() {
  const { t } = useTranslation()
  const { kind } = usePlatform()
  const { pathname } = useLocation()
  const latest = useLatestChangeAt().data
  const [dismissed, setDismissed] = useState(false)
  useEffect(() => {
    if (kind === 'browser' && latest !== undefined) noteUnbackedChanges(latest)
  }, [kind, latest])
  const show = kind === 'browser' && latest !== undefined && !dismissed && backupReminderDue(latest)
  if (!show || pathname.startsWith(paths.settings)) return null
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="backup-reminder"
      style={{ marginBottom: 16 }}
      title={t('backup.reminder.title')}
      description={t('backup.reminder.description')}
      action={
        <Space orientation="vertical">
          <Link to={paths.settings}>
            <Button size="small" type="primary">
              {t('backup.reminder.action')}
            </Button>
          </Link>
          <Button
            size="small"
            data-testid="backup-reminder-dismiss"
            onClick={() => {
              dismissBackupReminder()
              setDismissed(true)
            }}
          >
            {t('backup.reminder.dismiss')}
          </Button>
        </Space>
      }
    />
  )
}
