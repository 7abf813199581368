import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'

/** Where the built preload sits, relative to the built main file (`out/main/index.js`). */
export const preloadPath = (): string => join(import.meta.dirname, '../preload/index.cjs')

/** Electron's BrowserWindow class, passed in so this module never imports Electron (tests). */
export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W

/**
 * Creates the app's one kind of window, hidden: main-process.ts loads it and start-watch.ts shows
 * it at its first paint (or says why it cannot). The web preferences are written as a literal here
 * so that Electronegativity can check them; `secureWebPreferences()` reads them from here, and
 * window-preferences.test.ts holds them to the reviewed SEC-01 list.
 */
export function createMainWindow<W>(BrowserWindow: WindowClass<W>, isPackaged: boolean): W {
  return new BrowserWindow({
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
      // A middle click on a link fires `auxclick`, another way to open windows; off at the source.
      disableBlinkFeatures: 'Auxclick',
      // DevTools are for developers of an unpackaged build; users of a release never get them.
      devTools: !isPackaged
    }
  })
}

/**
 * The hidden window main prints a report's print view in (print-pdf.ts): no preload, scripts off,
 * the same sandbox and isolation as the app's window. It only ever loads the print view's own
 * standalone HTML.
 */
export function createPrintWindow<W>(BrowserWindow: WindowClass<W>): W {
  return new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false
    }
  })
}
