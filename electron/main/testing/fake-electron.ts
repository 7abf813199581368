import { vi } from 'vitest'
import type { MainLog } from '../main-log'
import type { MainContext, MainElectron, MainParts, MainWindow } from '../main-process'

/*
 * Stand-ins for the Electron objects main-process.ts is given, for unit tests (the real module
 * cannot load in plain Node). They record what main did and let a test emit Electron's events.
 */

type Listener = (...args: never[]) => void

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped)
      )
      listener(...args)
    }) as Listener
    return this.on(event, wrapped)
  }
  /** Emits `event` with `args`; true when a listener called `preventDefault()` on the first one. */
  emit(event: string, ...args: unknown[]): boolean {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      ;(listener as (...a: unknown[]) => void)(...args)
    }
    const first = args[0] as { prevented?: boolean } | undefined
    return first?.prevented === true
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

/** An event whose `preventDefault()` is observable. */
export const preventable = (): { prevented: boolean; preventDefault(): void } => {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) }
  return event
}

export class FakeWindow extends Emitter {
  visible = false
  minimized = false
  destroyed = false
  focused = false
  readonly loaded: string[] = []
  readonly webContents = Object.assign(new Emitter(), {
    reload: vi.fn(),
    executeJavaScript: vi.fn(async (_code: string): Promise<unknown> => null)
  })
  isDestroyed = (): boolean => this.destroyed
  isVisible = (): boolean => this.visible
  isMinimized = (): boolean => this.minimized
  show = vi.fn(() => void (this.visible = true))
  restore = vi.fn(() => void (this.minimized = false))
  focus = vi.fn(() => void (this.focused = true))
  close = vi.fn(() => {
    if (!this.emit('close', preventable())) this.destroyed = true
  })
  loadURL = vi.fn(async (url: string) => void this.loaded.push(url))
}

export interface FakeElectronOptions {
  platform?: NodeJS.Platform
  isPackaged?: boolean
  /** false: another instance holds the single-instance lock. */
  lock?: boolean
  switches?: string[]
  systemLanguages?: string[]
  env?: Record<string, string>
  appData?: string
  /** Why the data folder cannot be written, or null. */
  folderProblem?: string | null
}

/** A MainLog that keeps its lines. */
export function memoryLog(path = '/data/logs/main.log'): MainLog & { lines: string[] } {
  const lines: string[] = []
  return {
    path,
    lines,
    info: (message) => void lines.push(`INFO ${message}`),
    error: (message) => void lines.push(`ERROR ${message}`)
  }
}

export function fakeElectron(options: FakeElectronOptions = {}) {
  const windows: FakeWindow[] = []
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = []
  const logs: Array<{ userData: string; log: ReturnType<typeof memoryLog> }> = []
  const appEvents = new Emitter()
  const app = Object.assign(appEvents, {
    isPackaged: options.isPackaged ?? true,
    commandLine: { hasSwitch: (name: string) => (options.switches ?? []).includes(name) },
    getPath: vi.fn((_name: 'appData') => options.appData ?? '/home/inspector/.config'),
    setPath: vi.fn(),
    getPreferredSystemLanguages: () => options.systemLanguages ?? ['zh-CN'],
    setAppUserModelId: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => options.lock ?? true),
    enableSandbox: vi.fn(),
    whenReady: () => ready,
    quit: vi.fn(),
    exit: vi.fn()
  })
  const electron = {
    app,
    BrowserWindow: { getAllWindows: () => windows.filter((w) => !w.destroyed) },
    dialog: { showErrorBox: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn()
    }
  }
  const parts = {
    startUrl: 'app://bundle/index.html',
    registerSchemeAsPrivileged: vi.fn(),
    installWebContentsGuards: vi.fn(),
    startServices: vi.fn(),
    createWindow: vi.fn(() => {
      const window = new FakeWindow()
      windows.push(window)
      return window
    })
  }
  const context: MainContext = {
    platform: options.platform ?? 'linux',
    env: options.env ?? {},
    cwd: '/work',
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
    prepareFolder: () => options.folderProblem ?? null,
    createLog: (userData) => {
      const log = memoryLog(`${userData}/logs/main.log`)
      logs.push({ userData, log })
      return log
    }
  }
  return {
    electron: electron as unknown as MainElectron,
    parts: parts as unknown as MainParts,
    context,
    app,
    dialog: electron.dialog,
    Menu: electron.Menu,
    partsSpies: parts,
    windows,
    timers,
    logs,
    /** Resolves app.whenReady() and lets its continuation run. */
    async becomeReady(): Promise<void> {
      markReady()
      await ready
      await Promise.resolve()
    }
  }
}

export type { MainWindow }
