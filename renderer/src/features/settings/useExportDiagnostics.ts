import { useTranslation } from 'react-i18next'
import { usePlatform } from '../../platform/usePlatform'
import { useSaveFile } from '../../platform/useSaveFile'
import { buildDiagnostics } from './diagnostics'
import { useBusyAction } from '../../i18n/useBusyAction'

/** Saves the diagnostics file through the platform and tells the user how it went. */
export function useExportDiagnostics(): {
  exportDiagnostics: () => Promise<void>
  exporting: boolean
} {
  const platform = usePlatform()
  const { t, i18n } = useTranslation()
  const saveFile = useSaveFile()
  const { busy, run } = useBusyAction()

  async function exportDiagnostics(): Promise<void> {
    const request = buildDiagnostics({
      appInfo: await platform.getAppInfo(),
      interfaceLanguage: i18n.language,
      userAgent: navigator.userAgent,
      now: new Date()
    })
    // Nothing is said when the user cancels the save dialog.
    await saveFile(request, (path) =>
      path ? t('settings.diagnostics.savedTo', { path }) : t('settings.diagnostics.saved')
    )
  }

  return {
    exportDiagnostics: () => run(exportDiagnostics, 'settings.diagnostics.failed'),
    exporting: busy !== null
  }
}
