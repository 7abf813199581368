import { Alert, Button, Space } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { paths } from '../../app/paths'
import { getDatabase } from '../../db/database'
import { usePlatform } from '../../platform/usePlatform'
import { dismissBackupReminder, shouldRemindToBackUp } from './backup-state'

/**
 * The browser build keeps data only in this browser's storage: when there are changes that no
 * downloaded backup holds, for BACKUP_REMINDER_DAYS, remind the user to download one. Dismissible.
 * The desktop app backs up by itself, so it shows nothing.
 */
export function BackupReminder() {
  const { t } = useTranslation()
  const platform = usePlatform()
  const { pathname } = useLocation()
  const [show, setShow] = useState(false)
  useEffect(() => {
    if (platform.kind !== 'browser') return
    let current = true
    shouldRemindToBackUp(getDatabase()).then(
      (remind) => current && setShow(remind),
      () => undefined // a storage failure has its own messages; no reminder then
    )
    return () => {
      current = false
    }
  }, [platform, pathname])
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
              setShow(false)
            }}
          >
            {t('backup.reminder.dismiss')}
          </Button>
        </Space>
      }
    />
  )
}
