import type { MenuItemConstructorOptions } from 'electron'
import type { Locale } from '@shared/bank/primitives'
import { detectSystemLanguage } from '@shared/util/system-language'
import { applicationMenuTemplate } from './app-menu'
import { installFlushOnClose, type ClosableWindow } from './backups/flush-on-close'
import { refusedSwitches } from './command-line-policy'
import { createMainLog, type MainLog } from './main-log'
import { mainText } from './main-texts'
import { watchStart, type StartFailure, type StartWatchedWindow } from './start-watch'
import { prepareUserDataFolder, resolveUserData } from './user-data'

/*
 * The main process's lifecycle, with Electron's objects passed in (index.ts passes the real ones;
 * main-process.test.ts passes fakes), so every step below is unit-tested without Electron. Order
 * matters: the data folder first (the single-instance lock, IndexedDB and the log live there), then
 * the refusal of debugging switches, then the lock, then everything that must precede `ready`.
 */

/** Windows taskbar grouping and pinning; the same id as electron-builder's appId. */
export const APP_USER_MODEL_ID = 'cn.stabilityassessor.app'

/** The parts of a BrowserWindow main uses. */
export interface MainWindow
  extends Omit<ClosableWindow, 'webContents'>, Omit<StartWatchedWindow, 'webContents'> {
  webContents: ClosableWindow['webContents'] & StartWatchedWindow['webContents']
  isMinimized(): boolean
  restore(): void
  isVisible(): boolean
  focus(): void
  loadURL(url: string): Promise<void>
}

/** The parts of Electron's `app` main uses. */
export interface MainApp {
  readonly isPackaged: boolean
  readonly commandLine: { hasSwitch(name: string): boolean }
  getPath(name: 'appData'): string
  setPath(name: 'userData', path: string): void
  getPreferredSystemLanguages(): string[]
  setAppUserModelId(id: string): void
  requestSingleInstanceLock(): boolean
  enableSandbox(): void
  whenReady(): Promise<void>
  on(
    event: 'second-instance' | 'activate' | 'before-quit' | 'window-all-closed',
    listener: () => void
  ): unknown
  quit(): void
  exit(exitCode?: number): void
}

export interface MainElectron {
  app: MainApp
  BrowserWindow: { getAllWindows(): MainWindow[] }
  dialog: { showErrorBox(title: string, content: string): void }
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): unknown
    setApplicationMenu(menu: unknown): void
  }
}

/** The Electron-bound pieces of the app (protocol, session, IPC, window factory), from index.ts. */
export interface MainParts {
  /** The first URL the window loads. */
  startUrl: string
  registerSchemeAsPrivileged(): void
  installWebContentsGuards(): void
  /** After `ready`: session hardening, the app:// protocol, the IPC handlers. */
  startServices(): void
  createWindow(): MainWindow
}

export interface MainContext {
  platform: NodeJS.Platform
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  // Stand-ins for tests; the real ones by default.
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  prepareFolder?: (path: string) => string | null
  createLog?: (userData: string) => MainLog
}

/** Runs the app: everything index.ts does, in order. */
export function runMainProcess(
  electron: MainElectron,
  parts: MainParts,
  context: MainContext
): void {
  const { app, dialog } = electron
  const language = (): Locale => {
    try {
      return detectSystemLanguage(app.getPreferredSystemLanguages()[0])
    } catch {
      return detectSystemLanguage(undefined)
    }
  }
  const showError = (text: string): void =>
    dialog.showErrorBox(mainText('startFailedTitle', language()), text)

  const location = resolveUserData({
    platform: context.platform,
    isPackaged: app.isPackaged,
    env: context.env,
    appData: app.getPath('appData'),
    cwd: context.cwd
  })
  const folderProblem = (context.prepareFolder ?? prepareUserDataFolder)(location.path)
  if (folderProblem !== null) {
    const key = location.kind === 'portable' ? 'portableFolderUnwritable' : 'dataFolderUnwritable'
    showError(mainText(key, language(), { folder: location.path, reason: folderProblem }))
    app.exit(1)
    return
  }
  app.setPath('userData', location.path)
  const log = (context.createLog ?? createMainLog)(location.path)
  log.info(`starting; ${location.kind} data folder ${location.path}`)

  const refused = refusedSwitches((name) => app.commandLine.hasSwitch(name), app.isPackaged)
  if (refused.length > 0) {
    log.error(`refused to run with debugging switches ${refused.join(' ')}`)
    showError(mainText('debuggingRefused', language(), { switches: refused.join(' ') }))
    app.exit(1)
    return
  }
  if (context.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)

  if (!app.requestSingleInstanceLock()) {
    // Another instance owns this data folder: it shows its window (second-instance); we leave.
    log.info('another instance owns this data folder; it was asked to show its window')
    app.quit()
    return
  }

  let quitting = false
  let ready = false
  const setTimer = context.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer =
    context.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))

  const failStart = (failure: StartFailure): void => {
    showError(mainText(failure.kind, language(), { reason: failure.reason, log: log.path }))
    app.exit(1)
  }

  const openWindow = (): void => {
    const window = parts.createWindow()
    // Closing (or quitting, or a Windows session end) first lets the renderer write a backup.
    installFlushOnClose(window, { isQuitting: () => quitting, quit: () => app.quit() })
    watchStart(window, { log, fail: failStart, setTimer, clearTimer })
    window.loadURL(parts.startUrl).catch(() => {
      // Reported through did-fail-load, which start-watch.ts turns into the dialog.
    })
  }

  /** A second launch, or a click on the dock icon: bring the window up, hidden or not. */
  const revealWindow = (): void => {
    const window = electron.BrowserWindow.getAllWindows().find((w) => !w.isDestroyed())
    if (window === undefined) {
      if (ready) openWindow()
      return
    }
    if (window.isMinimized()) window.restore()
    if (!window.isVisible()) window.show()
    window.focus()
  }

  app.enableSandbox()
  parts.registerSchemeAsPrivileged()
  parts.installWebContentsGuards()
  app.on('second-instance', revealWindow)
  app.on('before-quit', () => {
    if (!quitting) log.info('quitting')
    quitting = true
  })
  app.on('window-all-closed', () => {
    if (context.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(() => {
      const template = applicationMenuTemplate({
        platform: context.platform,
        isPackaged: app.isPackaged,
        language: language()
      })
      electron.Menu.setApplicationMenu(
        template === null ? null : electron.Menu.buildFromTemplate(template)
      )
      parts.startServices()
      openWindow()
      ready = true
      // macOS keeps the app alive without windows; clicking the dock icon opens one again.
      app.on('activate', revealWindow)
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? (error.stack ?? error.message) : String(error)
      log.error(`start failed: ${reason}`)
      showError(mainText('unexpected', language(), { reason: String(error), log: log.path }))
      app.exit(1)
    })
}
