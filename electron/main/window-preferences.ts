import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { createMainWindow } from './window'

/** Keeps the options it is built with, in place of Electron's BrowserWindow. */
class OptionsOnly {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

/**
 * The web preferences every window of the app has (SEC-01), as plain data for tests and for
 * comparing against `webContents.getLastWebPreferences()` in the Electron end-to-end suite.
 *
 * Read from the one place they are written: the object literal inside `createMainWindow`'s
 * `new BrowserWindow({...})`, where Electronegativity sees them (it reads only options written
 * there, doyensec/electronegativity#75). window-preferences.test.ts holds the reviewed list.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  const { webPreferences } = createMainWindow(OptionsOnly, isPackaged).options
  return { ...webPreferences, preload: preloadPath }
}
