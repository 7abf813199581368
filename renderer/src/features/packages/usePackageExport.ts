import { App } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { usePlatform } from '../../platform/usePlatform'
import { protectBytes, useProtectChoice } from '../protection/useProtection'
import { packageFileName } from './package-file-name'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Encrypted packages (docs/security.md); plain ones stay `.package.zip`. */
export const ENCRYPTED_PACKAGE_EXTENSION = 'sapkg'

/**
 * Exports assessments as one package (docs/package-format.md) with their evidence files and banks,
 * through the platform: a download in the browser, a save dialog on the desktop. First asks how to
 * protect it: encrypted with a passphrase (`.sapkg`, docs/security.md) unless the user explicitly
 * chooses no encryption (`.package.zip`). The caller renders `dialog`.
 */
export function usePackageExport(): {
  run: (ids: readonly string[]) => Promise<void>
  busy: boolean
  dialog: ReactNode
} {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const platform = usePlatform()
  const [busy, setBusy] = useState(false)
  const protection = useProtectChoice('package')

  async function run(ids: readonly string[]): Promise<void> {
    const choice = await protection.ask()
    if (choice === null) return
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
      const sealed = await protectBytes(bytes, choice, 'package')
      const name = packageFileName(
        assessments.map((a) => a.metadata),
        now
      )
      const result = await platform.saveFile(
        choice.encrypt
          ? {
              suggestedName: name.replace(/\.package\.zip$/, `.${ENCRYPTED_PACKAGE_EXTENSION}`),
              bytes: sealed as Uint8Array<ArrayBuffer>,
              mimeType: 'application/octet-stream',
              filters: [
                { name: t('protection.packageFileType'), extensions: [ENCRYPTED_PACKAGE_EXTENSION] }
              ]
            }
          : {
              suggestedName: name,
              bytes: bytes as Uint8Array<ArrayBuffer>,
              mimeType: 'application/zip',
              filters: [{ name: 'ZIP', extensions: ['zip'] }]
            }
      )
      if (!result.saved) return
      void message.success(
        result.path
          ? t('packages.exportedTo', { path: result.path })
          : t('packages.exported', { count: assessments.length })
      )
    } catch (error) {
      failed(error, (message) => t('packages.exportFailed', { message }))
    } finally {
      setBusy(false)
    }
  }

  return { run, busy, dialog: protection.dialog }
}
