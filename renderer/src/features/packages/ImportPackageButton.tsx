import { InboxOutlined } from '@ant-design/icons'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { FilePickButton } from '../../components/FilePickButton'
import { useImportPackage } from './useImportPackage'
import { ENCRYPTED_PACKAGE_EXTENSION } from './usePackageExport'

// The report dialog brings the merge view and its code: loaded once there is something to show,
// so none of it weighs on start-up.
const ImportPackageDialog = lazy(() =>
  import('./ImportPackageDialog').then((module) => ({ default: module.ImportPackageDialog }))
)

/** "Import package" for the home screen (`data-testid="import-package"`), with its report dialog. */
export function ImportPackageButton() {
  const { t } = useTranslation()
  const { importFile, busy, phase, report, settle, assessorName, dismiss, unlockDialog } =
    useImportPackage()
  return (
    <>
      <FilePickButton
        testId="import-package"
        accept={['zip', ENCRYPTED_PACKAGE_EXTENSION]}
        icon={<InboxOutlined />}
        busy={busy}
        phase={busy ? phase : undefined}
        onFile={(file) => void importFile(file)}
      >
        {busy
          ? t(phase === 'writing' ? 'packages.importWriting' : 'packages.importChecking')
          : t('packages.import')}
      </FilePickButton>
      {unlockDialog}
      {report !== null && (
        <Suspense fallback={null}>
          <ImportPackageDialog
            report={report}
            by={assessorName || '—'}
            settle={settle}
            onClose={dismiss}
          />
        </Suspense>
      )}
    </>
  )
}
