import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { usePlatform } from '../../platform/usePlatform'
import { buildDiagnostics } from './diagnostics'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Saves the diagnostics file through the platform and tells the user how it went. */
export function useExportDiagnostics(): {
  exportDiagnostics: () => Promise<void>
  exporting: boolean
} {
  const platform = usePlatform()
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const [exporting, setExporting] = useState(false)

  async function exportDiagnostics(): Promise<void> {
    setExporting(true)
    try {
      const request = buildDiagnostics({
        appInfo: await platform.getAppInfo(),
        interfaceLanguage: i18n.language,
        userAgent: navigator.userAgent,
        now: new Date()
      })
      const result = await platform.saveFile(request)
      if (!result.saved) return // The user cancelled the save dialog: nothing to report.
      void message.success(
        result.path
          ? t('settings.diagnostics.savedTo', { path: result.path })
          : t('settings.diagnostics.saved')
      )
    } catch (error) {
      failed(error, (message) => t('settings.diagnostics.failed', { message }))
    } finally {
      setExporting(false)
    }
  }

  return { exportDiagnostics, exporting }
}
