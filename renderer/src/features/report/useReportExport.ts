import { App } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { useDescribeError } from '../../i18n/describe-error'
import { useLanguage } from '../../i18n/useLanguage'
import type { Platform } from '../../platform/platform'
import { usePlatform } from '../../platform/usePlatform'
import { ReportItemError, loadReportItems } from './load-report-items'
import { DOCX_MIME, buildReportDocument, buildReportFile } from './report-file'
import { workbookSave } from '../../platform/save-workbook'

/** What an export writes: the scored workbook, or the report of record in Word or PDF. */
export type ReportFormat = 'xlsx' | 'docx' | 'pdf'

export interface ReportExport {
  busy: boolean
  /** Assessments scored so far while a report is being built; null when idle. */
  progress: { done: number; total: number } | null
  /**
   * Builds the report of one assessment (workbook, Word or PDF), or the consolidated workbook of
   * several, and saves it.
   */
  exportReport: (
    assessmentIds: readonly string[],
    format?: ReportFormat,
    protection?: { password: string },
    /** The period the workbook's comparison sheet compares with (default: the one it continues). */
    options?: { previousId?: string }
  ) => Promise<void>
}

/**
 * Exports a report through the platform: a download in the browser, main's save dialog on the
 * desktop. The report is built from what is stored (read fresh), in the interface language, by
 * the lazily loaded report builders. PDF: the desktop prints the print view in main; the browser
 * opens the print view for its own "Save as PDF".
 */
export function useReportExport(): ReportExport {
  const { t } = useTranslation()
  const describe = useDescribeError()
  const { language } = useLanguage()
  const { message } = App.useApp()
  const platform = usePlatform()
  const navigate = useNavigate()
  const [progress, setProgress] = useState<ReportExport['progress']>(null)

  const exportReport = useCallback(
    async (
      assessmentIds: readonly string[],
      format: ReportFormat = 'xlsx',
      protection?: { password: string },
      choice: { previousId?: string } = {}
    ): Promise<void> => {
      const [first] = assessmentIds
      if (first === undefined) return
      if (format === 'pdf' && platform.printPdf === undefined) {
        navigate(paths.print(first))
        return
      }
      setProgress({ done: 0, total: assessmentIds.length })
      try {
        const items = await loadReportItems(
          format === 'xlsx' ? assessmentIds : [first],
          choice.previousId
        )
        const info = await platform.getAppInfo()
        const options = {
          language,
          generator: `${info.name} ${info.version} (${info.platform})`,
          now: new Date(),
          onProgress: (done: number, total: number) => setProgress({ done, total })
        }
        const result = await saveReport(platform, items, options, format, protection)
        if (result === null) return
        if (!result.saved) return
        void message.success(
          result.path ? t('report.exportedTo', { path: result.path }) : t('report.exported')
        )
      } catch (error) {
        const reason =
          error instanceof ReportItemError
            ? t(`report.${error.reason}`, error.detail)
            : describe(error)
        void message.error(t('report.exportFailed', { message: reason }))
      } finally {
        setProgress(null)
      }
    },
    [describe, language, message, navigate, platform, t]
  )

  return { busy: progress !== null, progress, exportReport }
}

/** Builds the chosen report and hands it to the platform; null when nothing was written. */
async function saveReport(
  platform: Platform,
  items: Awaited<ReturnType<typeof loadReportItems>>,
  options: Parameters<typeof buildReportFile>[1],
  format: ReportFormat,
  protection?: { password: string }
): Promise<{ saved: boolean; path?: string } | null> {
  // An Office password (ECMA-376 agile encryption); the code loads on the first protected export.
  const protect = async (bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
    if (protection === undefined) return bytes
    const { protectOfficeFile } = await import('@shared/office-crypto')
    return protectOfficeFile(bytes, protection.password)
  }
  const [item] = items
  if (format !== 'xlsx' && item !== undefined) {
    const file = await buildReportDocument(item, options, format)
    if (file.html !== undefined && platform.printPdf !== undefined)
      return platform.printPdf({ html: file.html, suggestedName: file.name })
    if (file.bytes === undefined) return null
    return platform.saveFile({
      suggestedName: file.name,
      bytes: await protect(file.bytes),
      mimeType: DOCX_MIME,
      filters: [{ name: 'Word', extensions: ['docx'] }]
    })
  }
  const file = await buildReportFile(items, options)
  return platform.saveFile(workbookSave(file.name, await protect(file.bytes)))
}
