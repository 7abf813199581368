import type { WebPreferences } from 'electron'

/**
 * The web preferences every window of the app must have (SEC-01), as plain data for tests and for
 * comparing against `webContents.getLastWebPreferences()` in the Electron end-to-end suite.
 *
 * window.ts repeats these values as an object literal inside `new BrowserWindow({...})` on
 * purpose: Electronegativity only sees options written there (doyensec/electronegativity#75).
 * window.test.ts fails if the two ever differ.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
}
