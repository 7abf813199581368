import { join } from 'node:path'
import { BrowserWindow } from 'electron'

/** Where the built preload sits, relative to the built main file (`out/main/index.js`). */
export const preloadPath = (): string => join(import.meta.dirname, '../preload/index.cjs')

/**
 * Creates the app's one kind of window. The web preferences are written as a literal here so that
 * Electronegativity can check them; they must equal `secureWebPreferences()` (window.test.ts).
 * The window stays hidden until its first paint, so users never see a blank frame.
 */
export function createMainWindow(startUrl: string, isPackaged: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Stability Assessor',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath(), // eng-disable PRELOAD_JS_CHECK — reviewed: the preload only exposes buildBridge's named functions (SEC-03, bridge.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: !isPackaged
    }
  })
  window.once('ready-to-show', () => window.show())
  window.loadURL(startUrl).catch((error: unknown) => {
    // A failed load leaves an empty window; say why in the log rather than crash the main process.
    console.error(`Could not load ${startUrl}:`, error)
  })
  return window
}
