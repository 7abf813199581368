import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { openFailureKind } from '../../db/open-storage'
import { resolvePlatform } from '../../platform'
import { ErrorScreen } from '../ErrorScreen'
import { recoverySources } from './recovery-plan'

// Only a failed start-up needs the restore panel (antd tables, the backup reader): load it then.
const RecoveryRestore = lazy(() =>
  import('./RecoveryRestore').then((module) => ({ default: module.RecoveryRestore }))
)

/**
 * Shown instead of the app when the database cannot be opened. It says what happened and that
 * nothing was deleted — never an empty assessment list, which would look as if the data were gone —
 * and, unless the disk is full, offers to restore a backup (the desktop app's newest automatic
 * backups, or a backup file) into a new database, leaving the one that would not open untouched.
 */
export function StorageRecovery({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const kind = openFailureKind(error)
  const platform = resolvePlatform()
  const offersRestore = recoverySources(kind, platform.autoBackups !== undefined).length > 0
  return (
    <ErrorScreen
      title={t(`storage.recovery.${kind}.title`)}
      description={`${t(`storage.recovery.${kind}.description`)}\n\n${t('storage.recovery.nothingLost')}`}
      reloadLabel={t('errors.reload')}
      detailsLabel={t('errors.details')}
      error={error}
    >
      {offersRestore && (
        <Suspense fallback={null}>
          <RecoveryRestore platform={platform} kind={kind} />
        </Suspense>
      )}
    </ErrorScreen>
  )
}
