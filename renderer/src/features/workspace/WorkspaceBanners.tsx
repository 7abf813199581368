import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { StorageError } from '../../db/storage-error'
import { useSaveState } from './saves-context'
import { useWorkspace } from './workspace-context'

/** Persistent notices above every screen: read-only, and a full disk (DUR-07). */
export function WorkspaceBanners() {
  const { t } = useTranslation()
  const { assessment, readOnly } = useWorkspace()
  const { status, error } = useSaveState()
  const diskFull = status === 'error' && error instanceof StorageError && error.code === 'quota'

  return (
    <>
      {diskFull && (
        <Alert
          className="workspace-banner"
          type="error"
          showIcon
          data-testid="quota-banner"
          title={t('workspace.save.quotaBanner')}
          description={t('workspace.save.quotaDetail')}
        />
      )}
      {readOnly && (
        <Alert
          className="workspace-banner"
          type="info"
          showIcon
          data-testid="read-only-banner"
          title={t(assessment.deletedAt ? 'workspace.header.trashed' : 'workspace.header.readOnly')}
        />
      )}
    </>
  )
}
