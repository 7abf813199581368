import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { usePlatform } from '../../platform/usePlatform'
import type { ProtectChoice } from '../protection/ProtectDialog'
import { protectBytes, useProtectChoice } from '../protection/useProtection'
import { useSaveFile } from '../../platform/useSaveFile'
import { packageFileName } from './package-file-name'
import { useBusyAction } from '../../i18n/useBusyAction'

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
  const platform = usePlatform()
  const saveFile = useSaveFile()
  const { busy, run: runBusy } = useBusyAction()
  const protection = useProtectChoice('package')

  async function exportChosen(ids: readonly string[], choice: ProtectChoice): Promise<void> {
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
    await saveFile(
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
          },
      (path) =>
        path
          ? t('packages.exportedTo', { path })
          : t('packages.exported', { count: assessments.length })
    )
  }

  async function run(ids: readonly string[]): Promise<void> {
    const choice = await protection.ask()
    if (choice === null) return
    await runBusy(() => exportChosen(ids, choice), 'packages.exportFailed')
  }

  return { run, busy: busy !== null, dialog: protection.dialog }
}
