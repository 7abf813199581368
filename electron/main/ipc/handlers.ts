import { arch, release, type } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import type { WebContents } from 'electron'
import { printHtmlToPdf } from '../print-pdf'
import { openExternalSafely } from '../security'
import { createAppHandlers } from './app'
import { createBackupHandlers } from './backup'
import { createFileHandlers } from './file'
import type { FileDialogs } from './file'
import type { IpcHandlers } from './handle'
import { createReportHandlers } from './report'
import { createShellHandlers } from './shell'

const windowOf = (sender: WebContents): BrowserWindow | null =>
  BrowserWindow.fromWebContents(sender)

/** The real handler table, wired to Electron; the logic lives in the per-domain modules. */
export function createIpcHandlers(): IpcHandlers {
  const dialogs: FileDialogs = {
    showSaveDialog: (sender, options) => {
      const window = windowOf(sender)
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)
    },
    showOpenDialog: (sender, options) => {
      const window = windowOf(sender)
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)
    }
  }
  const documents = (): string => app.getPath('documents')
  return {
    ...createAppHandlers({
      app,
      versions: process.versions,
      os: `${type()} ${release()} ${arch()}`
    }),
    ...createFileHandlers({ dialogs, defaultDirectory: documents }),
    ...createReportHandlers({
      dialogs,
      defaultDirectory: documents,
      printToPdf: (html) => printHtmlToPdf(BrowserWindow, html)
    }),
    ...createShellHandlers(openExternalSafely),
    ...createBackupHandlers({ directory: () => join(app.getPath('userData'), 'backups') })
  }
}
