import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { describeError } from '../../i18n/describe-error'
import { usePlatform } from '../../platform/usePlatform'
import { packageFileName } from './package-file-name'

/**
 * Exports assessments as one package (docs/package-format.md) with their evidence files and banks,
 * through the platform: a download in the browser, a save dialog on the desktop.
 */
export function usePackageExport(): {
  run: (ids: readonly string[]) => Promise<void>
  busy: boolean
} {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const platform = usePlatform()
  const [busy, setBusy] = useState(false)

  async function run(ids: readonly string[]): Promise<void> {
    setBusy(true)
    try {
      const info = await platform.getAppInfo()
      const now = new Date()
      // The zip and package code load on first use, not at start-up (PERF: initial bundle).
      const { exportPackage } = await import('../../db/repos/package-export')
      const { bytes, assessments } = await exportPackage(getDatabase(), ids, {
        generator: `${info.name} ${info.version} (${info.platform})`,
        exportedAt: now.toISOString()
      })
      const result = await platform.saveFile({
        suggestedName: packageFileName(
          assessments.map((a) => a.metadata),
          now
        ),
        bytes: bytes as Uint8Array<ArrayBuffer>,
        mimeType: 'application/zip',
        filters: [{ name: 'ZIP', extensions: ['zip'] }]
      })
      if (!result.saved) return
      void message.success(
        result.path
          ? t('packages.exportedTo', { path: result.path })
          : t('packages.exported', { count: assessments.length })
      )
    } catch (error) {
      void message.error(
        t('packages.exportFailed', { message: describeError(error, t, i18n.language) })
      )
    } finally {
      setBusy(false)
    }
  }

  return { run, busy }
}
