import { InboxOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { FilePickButton } from '../../components/FilePickButton'
import { ImportPackageDialog } from './ImportPackageDialog'
import { useImportPackage } from './useImportPackage'

/** "Import package" for the home screen (`data-testid="import-package"`), with its report dialog. */
export function ImportPackageButton() {
  const { t } = useTranslation()
  const { importFile, busy, report, settle, assessorName, dismiss } = useImportPackage()
  return (
    <>
      <FilePickButton
        testId="import-package"
        accept={['zip']}
        icon={<InboxOutlined />}
        busy={busy}
        onFile={(file) => void importFile(file)}
      >
        {t('packages.import')}
      </FilePickButton>
      <ImportPackageDialog
        report={report}
        by={assessorName || '—'}
        settle={settle}
        onClose={dismiss}
      />
    </>
  )
}
