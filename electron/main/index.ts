import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { installFlushOnClose } from './backups/flush-on-close'
import { registerIpcHandlers } from './ipc/handle'
import { createIpcHandlers } from './ipc/handlers'
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol'
import { hardenSession, installWebContentsGuards } from './security'
import { startUrl, userDataOverride } from './startup'
import { createTrustedOriginCheck, devServerOriginFrom } from './url-policy'
import { createMainWindow } from './window'

/*
 * Main process: lifecycle only. Policy lives in the modules imported above, each unit-tested.
 * Order matters: the user-data folder is set first (the single-instance lock and IndexedDB live
 * there), then the lock, then everything that must precede `ready`.
 */

const devServerOrigin = devServerOriginFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged)
const bundleRoot = join(import.meta.dirname, '../renderer')

const userData = userDataOverride(process.env, process.cwd())
if (userData !== null) app.setPath('userData', userData)

const focusExistingWindow = (): void => {
  const [window] = BrowserWindow.getAllWindows()
  if (window === undefined) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

const openWindow = (): void => {
  const window = createMainWindow(
    startUrl(process.env.ELECTRON_RENDERER_URL, devServerOrigin),
    app.isPackaged
  )
  // Closing (or quitting) first lets the renderer write an automatic backup, at most 5 s.
  installFlushOnClose(window)
}

const start = (): void => {
  hardenSession(session.defaultSession, devServerOrigin)
  registerAppProtocol(bundleRoot)
  registerIpcHandlers(ipcMain, createIpcHandlers(), createTrustedOriginCheck(devServerOrigin))
  openWindow()
  // macOS keeps the app alive without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this user-data folder: it gets focused (second-instance) and we leave.
  app.quit()
} else {
  app.enableSandbox()
  registerAppSchemeAsPrivileged()
  installWebContentsGuards(devServerOrigin)
  app.on('second-instance', focusExistingWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Stability Assessor could not start', String(error))
      app.exit(1)
    })
}
