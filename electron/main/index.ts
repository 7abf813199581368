import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { registerIpcHandlers } from './ipc/handle'
import { createIpcHandlers } from './ipc/handlers'
import { runMainProcess } from './main-process'
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol'
import { hardenSession, installWebContentsGuards } from './security'
import { startUrl } from './startup'
import { createTrustedOriginCheck, devServerOriginFrom } from './url-policy'
import { createMainWindow } from './window'

/*
 * Main process entry: wires Electron to the lifecycle in main-process.ts, which is unit-tested
 * with fakes. Policy lives in the modules imported above, each unit-tested.
 */

const devServerOrigin = devServerOriginFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged)
const bundleRoot = join(import.meta.dirname, '../renderer')

runMainProcess(
  { app, BrowserWindow, dialog, Menu },
  {
    startUrl: startUrl(process.env.ELECTRON_RENDERER_URL, devServerOrigin),
    registerSchemeAsPrivileged: registerAppSchemeAsPrivileged,
    installWebContentsGuards: () => installWebContentsGuards(devServerOrigin),
    startServices: () => {
      hardenSession(session.defaultSession, devServerOrigin)
      registerAppProtocol(bundleRoot)
      registerIpcHandlers(ipcMain, createIpcHandlers(), createTrustedOriginCheck(devServerOrigin))
    },
    createWindow: () => createMainWindow(BrowserWindow, app.isPackaged)
  },
  { platform: process.platform, env: process.env, cwd: process.cwd() }
)
