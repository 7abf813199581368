import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { serializeAssessmentFile } from '@shared/assessment/canonical'
import { getDatabase } from '../../db/database'
import { loadAssessment } from '../../db/repos/assessments'
import { usePlatform } from '../../platform/usePlatform'
import { assessmentFileName } from './assessment-file-name'
import { useFailureToast } from '../../i18n/useFailureToast'

/**
 * Exports the assessment file (shared/assessment format) through the platform: a download in the
 * browser, a save dialog on the desktop. Reads the whole assessment fresh from storage, so the
 * file holds exactly what is stored, audit log included.
 */
export function ExportAssessmentButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const platform = usePlatform()
  const [busy, setBusy] = useState(false)

  async function exportFile(): Promise<void> {
    setBusy(true)
    try {
      const assessment = await loadAssessment(getDatabase(), assessmentId)
      if (!assessment) throw new Error(`assessment ${assessmentId} does not exist`)
      const info = await platform.getAppInfo()
      const text = serializeAssessmentFile(assessment, {
        generator: `${info.name} ${info.version} (${info.platform})`,
        exportedAt: new Date().toISOString()
      })
      const result = await platform.saveFile({
        suggestedName: assessmentFileName(assessment.metadata),
        bytes: new TextEncoder().encode(text),
        mimeType: 'application/json',
        filters: [{ name: 'JSON', extensions: ['json'] }]
      })
      if (!result.saved) return
      void message.success(
        result.path
          ? t('assessmentFile.exportedTo', { path: result.path })
          : t('assessmentFile.exported')
      )
    } catch (error) {
      failed(error, (message) => t('assessmentFile.exportFailed', { message }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      data-testid="export-assessment"
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void exportFile()}
    >
      {t('assessmentFile.export')}
    </Button>
  )
}
