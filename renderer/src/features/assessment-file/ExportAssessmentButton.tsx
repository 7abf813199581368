import { DownloadOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { serializeAssessmentFile } from '@shared/assessment/canonical'
import { getDatabase } from '../../db/database'
import { loadExistingAssessment } from '../../db/repos/assessments'
import { usePlatform } from '../../platform/usePlatform'
import { useSaveFile } from '../../platform/useSaveFile'
import { assessmentFileName } from './assessment-file-name'
import { useBusyAction } from '../../i18n/useBusyAction'

/**
 * Exports the assessment file (shared/assessment format) through the platform: a download in the
 * browser, a save dialog on the desktop. Reads the whole assessment fresh from storage, so the
 * file holds exactly what is stored, audit log included.
 */
export function ExportAssessmentButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const platform = usePlatform()
  const saveFile = useSaveFile()
  const { busy, run } = useBusyAction()

  async function exportFile(): Promise<void> {
    const assessment = await loadExistingAssessment(getDatabase(), assessmentId)
    const info = await platform.getAppInfo()
    const text = serializeAssessmentFile(assessment, {
      generator: `${info.name} ${info.version} (${info.platform})`,
      exportedAt: new Date().toISOString()
    })
    await saveFile(
      {
        suggestedName: assessmentFileName(assessment.metadata),
        bytes: new TextEncoder().encode(text),
        mimeType: 'application/json',
        filters: [{ name: 'JSON', extensions: ['json'] }]
      },
      (path) => (path ? t('assessmentFile.exportedTo', { path }) : t('assessmentFile.exported'))
    )
  }

  return (
    <Button
      data-testid="export-assessment"
      icon={<DownloadOutlined />}
      loading={busy !== null}
      onClick={() => void run(exportFile, 'assessmentFile.exportFailed')}
    >
      {t('assessmentFile.export')}
    </Button>
  )
}
