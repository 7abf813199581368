import { useTranslation } from 'react-i18next'
import { openFailureKind } from '../../db/open-storage'
import { ErrorScreen } from '../ErrorScreen'

/**
 * Shown instead of the app when the database cannot be opened. It says what happened and that
 * nothing was deleted — never an empty assessment list, which would look as if the data were gone.
 */
export function StorageRecovery({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const kind = openFailureKind(error)
  return (
    <ErrorScreen
      title={t(`storage.recovery.${kind}.title`)}
      description={`${t(`storage.recovery.${kind}.description`)}\n\n${t('storage.recovery.nothingLost')}`}
      reloadLabel={t('errors.reload')}
      detailsLabel={t('errors.details')}
      error={error}
    />
  )
}
