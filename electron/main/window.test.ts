import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { createMainWindow, preloadPath } from './window'
import { secureWebPreferences } from './window-preferences'

/** Records the options it was built with, in place of Electron's BrowserWindow. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('createMainWindow (the single window factory)', () => {
  it.each([true, false])(
    'passes exactly secureWebPreferences() to BrowserWindow (isPackaged=%s)',
    (isPackaged) => {
      const window = createMainWindow(RecordingWindow, isPackaged)
      expect(window.options).toMatchObject({ show: false })
      expect(window.options.webPreferences).toStrictEqual(
        secureWebPreferences(preloadPath(), isPackaged)
      )
    }
  )

  it('points the preload at the CommonJS build (a sandboxed preload cannot be ESM)', () => {
    expect(preloadPath().endsWith(join('preload', 'index.cjs'))).toBe(true)
  })
})
