import { App } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeError } from '../../i18n/describe-error'
import { useLanguage } from '../../i18n/useLanguage'
import { usePlatform } from '../../platform/usePlatform'
import { ReportItemError, loadReportItems } from './load-report-items'
import { XLSX_MIME, buildReportFile } from './report-file'

export interface ReportExport {
  busy: boolean
  /** Assessments scored so far while a report is being built; null when idle. */
  progress: { done: number; total: number } | null
  /** Builds the report of one assessment, or the consolidated workbook of several, and saves it. */
  exportReport: (assessmentIds: readonly string[]) => Promise<void>
}

/**
 * Exports the scored Excel report through the platform: a download in the browser, main's save
 * dialog on the desktop. The report is built from what is stored (read fresh), in the interface
 * language, by the lazily loaded report builder.
 */
export function useReportExport(): ReportExport {
  const { t, i18n } = useTranslation()
  const { language } = useLanguage()
  const { message } = App.useApp()
  const platform = usePlatform()
  const [progress, setProgress] = useState<ReportExport['progress']>(null)

  const exportReport = useCallback(
    async (assessmentIds: readonly string[]): Promise<void> => {
      if (assessmentIds.length === 0) return
      setProgress({ done: 0, total: assessmentIds.length })
      try {
        const items = await loadReportItems(assessmentIds)
        const info = await platform.getAppInfo()
        const file = await buildReportFile(items, {
          language,
          generator: `${info.name} ${info.version} (${info.platform})`,
          now: new Date(),
          onProgress: (done, total) => setProgress({ done, total })
        })
        const result = await platform.saveFile({
          suggestedName: file.name,
          bytes: file.bytes,
          mimeType: XLSX_MIME,
          filters: [{ name: 'Excel', extensions: ['xlsx'] }]
        })
        if (!result.saved) return
        void message.success(
          result.path ? t('report.exportedTo', { path: result.path }) : t('report.exported')
        )
      } catch (error) {
        const reason =
          error instanceof ReportItemError
            ? t(`report.${error.reason}`, error.detail)
            : describeError(error, t, i18n.language)
        void message.error(t('report.exportFailed', { message: reason }))
      } finally {
        setProgress(null)
      }
    },
    [i18n.language, language, message, platform, t]
  )

  return { busy: progress !== null, progress, exportReport }
}
