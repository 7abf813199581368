import { UploadOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { FilePickButton } from '../../components/FilePickButton'
import { ImportOutcomeDialog } from './ImportOutcomeDialog'
import { useImportAssessment } from './useImportAssessment'

/** "Import assessment file" for the home screen (`data-testid="import-file"`), with its report dialog. */
export function ImportAssessmentButton() {
  const { t } = useTranslation()
  const { importFile, busy, report, dismiss } = useImportAssessment()
  return (
    <>
      <FilePickButton
        testId="import-file"
        accept={['json']}
        icon={<UploadOutlined />}
        busy={busy}
        onFile={(file) => void importFile(file)}
      >
        {t('assessmentFile.import')}
      </FilePickButton>
      <ImportOutcomeDialog report={report} onClose={dismiss} />
    </>
  )
}
