import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createMainWindow, preloadPath } from './window'

/** Records the options it was built with, in place of Electron's BrowserWindow. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainWindow (the single window factory)', () => {
  // secureWebPreferences() is read from this factory's literal, so the reviewed SEC-01 list
  // (window-preferences.test.ts) pins these options; here: what the factory adds around them.
  it.each([true, false])(
    'creates the window hidden (shown on ready-to-show) with the built preload (isPackaged=%s)',
    (isPackaged) => {
      const window = createMainWindow(RecordingWindow, isPackaged)
      expect(window.options.show).toBe(false)
      expect(window.options.webPreferences?.preload).toBe(preloadPath())
      expect(window.options.webPreferences?.devTools).toBe(!isPackaged)
    }
  )

  it('points the preload at the CommonJS build (a sandboxed preload cannot be ESM)', () => {
    expect(preloadPath().endsWith(join('preload', 'index.cjs'))).toBe(true)
  })
})
