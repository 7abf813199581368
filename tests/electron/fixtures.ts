import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, test as base } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { electronBinary } from './electron-available'

/** The built main process (`npm run test:electron` builds first). */
export const MAIN_JS = resolve(import.meta.dirname, '../../out/main/index.js')

/**
 * Playwright's own rule for Electron on Linux (it adds `--no-sandbox` to every launch there):
 * Chromium's OS sandbox cannot start as root (CI containers) nor, as a normal user, where
 * unprivileged user namespaces are restricted (Ubuntu 24.04) — the SUID helper of an unpacked
 * node_modules/electron is not set up. The app's own `sandbox: true` renderer model is unaffected
 * and is what the tests check. Processes started outside Playwright (a second instance, the
 * packaged app) need the same (desktop review F-13).
 */
export const chromiumArgs = process.platform === 'linux' ? ['--no-sandbox'] : []

/** The environment of a launch: a private user-data folder, and never the dev server. */
export function appEnv(userDataDir: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value
    }
  }
  env.STABILITY_ASSESSOR_USER_DATA = userDataDir
  return env
}

const executablePath = (): string => {
  if (!electronBinary.present) throw new Error('Electron binary not installed')
  return electronBinary.executablePath
}

/**
 * Launches the built app under Playwright with its own user-data folder; `mainJs` starts another
 * build of the app (a previous release, for DUR-11) instead of this one.
 */
export function launchApp(userDataDir: string, mainJs = MAIN_JS): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: executablePath(),
    args: [...chromiumArgs, mainJs],
    env: appEnv(userDataDir)
  })
}

/**
 * Starts the built app as a plain process (not under Playwright) and resolves with its exit code;
 * for the single-instance test, where the second launch is expected to quit on its own.
 */
export function runSecondInstance(userDataDir: string): Promise<number | null> {
  const child = spawn(executablePath(), [...chromiumArgs, MAIN_JS], {
    env: appEnv(userDataDir),
    stdio: 'ignore'
  })
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => resolvePromise(code))
  })
}

/**
 * Starts counting an `app` event in the main process; the returned function reads the count.
 * (State lives on the main process's globalThis, the only place `app.evaluate` calls share.)
 */
export async function countAppEvent(
  app: ElectronApplication,
  event: 'second-instance' | 'web-contents-created'
): Promise<() => Promise<number>> {
  await app.evaluate(({ app: electronApp }, name) => {
    const scope = globalThis as { appEventCounts?: Record<string, number> }
    const counts = (scope.appEventCounts ??= {})
    counts[name] = 0
    ;(electronApp as unknown as NodeJS.EventEmitter).on(name, () => {
      counts[name] = (counts[name] ?? 0) + 1
    })
  }, event)
  return () =>
    app.evaluate(
      (_electron, name) =>
        (globalThis as { appEventCounts?: Record<string, number> }).appEventCounts?.[name] ?? 0,
      event
    )
}

interface Fixtures {
  userDataDir: string
  app: ElectronApplication
  page: Page
}

/** Each test gets a fresh user-data folder (so an empty IndexedDB) and its own app process. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their deps.
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'stability-assessor-e2e-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  app: async ({ userDataDir }, use) => {
    const app = await launchApp(userDataDir)
    await use(app)
    await app.close()
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    await use(page)
  }
})

export { expect } from '@playwright/test'
