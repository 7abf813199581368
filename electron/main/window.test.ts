import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { secureWebPreferences } from './window-preferences'

// A stand-in for Electron: the real module cannot load in plain Node (it tries to download the
// binary), and the factory's only Electron dependency is the BrowserWindow constructor.
const created = vi.hoisted(() => [] as Array<{ options: unknown; loaded: string[] }>)
vi.mock('electron', () => ({
  BrowserWindow: class {
    private readonly record: { options: unknown; loaded: string[] }
    constructor(options: unknown) {
      this.record = { options, loaded: [] }
      created.push(this.record)
    }
    once(): this {
      return this
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url)
      return Promise.resolve()
    }
  }
}))

const { createMainWindow, preloadPath } = await import('./window')

describe('createMainWindow (the single window factory)', () => {
  beforeEach(() => {
    created.length = 0
  })

  it.each([true, false])(
    'passes exactly secureWebPreferences() to BrowserWindow (isPackaged=%s)',
    (isPackaged) => {
      createMainWindow('app://bundle/index.html', isPackaged)
      const [window] = created
      expect(window?.options).toMatchObject({ show: false })
      expect((window?.options as { webPreferences: unknown }).webPreferences).toStrictEqual(
        secureWebPreferences(preloadPath(), isPackaged)
      )
    }
  )

  it('loads the given start URL', () => {
    createMainWindow('app://bundle/index.html', true)
    expect(created[0]?.loaded).toEqual(['app://bundle/index.html'])
  })

  it('points the preload at the CommonJS build (a sandboxed preload cannot be ESM)', () => {
    expect(preloadPath().endsWith(join('preload', 'index.cjs'))).toBe(true)
  })
})
