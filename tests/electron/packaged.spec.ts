import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getCurrentFuseWire } from '@electron/fuses'
import { expect, test } from '@playwright/test'
import { namedFuses, RELEASE_FUSES } from '../release-fuses'
import { electronBinary, SKIP_REASON } from './electron-available'
import { chromiumArgs } from './fixtures'
import {
  dataFolderUnder,
  isolatedEnv,
  mainLogUnder,
  packageForThisMachine,
  relocated,
  start,
  stop,
  type PackagedApp
} from './packaged'

/*
 * The packaged app, as users get it (SEC-11, desktop review F-4/F-14): electron-builder --dir with
 * the release fuses, started as a plain process — Playwright cannot drive it, on purpose: the
 * inspect fuse is off and the app refuses remote debugging. What it shows is read from its log
 * (<data folder>/logs/main.log) and its data folder. Linux needs a display: `xvfb-run -a`.
 */

test.skip(SKIP_REASON !== '', SKIP_REASON)
test.describe.configure({ mode: 'serial' })

let packaged: PackagedApp
const homes: string[] = []
const freshHome = (): string => {
  const home = mkdtempSync(join(tmpdir(), 'sa-packaged-'))
  homes.push(home)
  return home
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  if (!electronBinary.present) return
  packaged = await packageForThisMachine(electronBinary.distDir)
})

test.afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true })
})

test('SEC-11: the packaged executable carries the release fuses', async () => {
  const wire = await getCurrentFuseWire(packaged.fusePath)
  expect(namedFuses(wire as unknown as Record<number, number>)).toEqual(RELEASE_FUSES)
})

test.describe('started like a user starts it', () => {
  test.skip(
    process.platform === 'darwin',
    'macOS takes the data folder from the account, not the environment: start it by hand'
  )

  test('shows its window, creates its database in the pinned folder, quits cleanly', async () => {
    const home = freshHome()
    const app = start(packaged.executable, chromiumArgs, isolatedEnv(home))
    try {
      await expect
        .poll(() => mainLogUnder(home), { timeout: 60_000 })
        .toMatch(/INFO window shown at its first paint/)
      // The renderer opened IndexedDB on app://bundle: the page ran, from inside app.asar.
      await expect
        .poll(() => existsSync(join(dataFolderUnder(home), 'IndexedDB')), { timeout: 30_000 })
        .toBe(true)
      expect(mainLogUnder(home)).toContain(`installed data folder ${dataFolderUnder(home)}`)
      expect(mainLogUnder(home)).not.toContain('ERROR')
      if (process.platform === 'linux') {
        app.child.kill('SIGTERM') // Electron quits as on Cmd+Q / log-out: the flush, then exit
        expect(await app.exit).toBe(0)
        expect(mainLogUnder(home)).toContain('INFO quitting')
      }
    } finally {
      await stop(app)
    }
  })

  for (const debugging of ['--remote-debugging-port=0', '--inspect=9229']) {
    test(`refuses ${debugging} and says so in its log`, async () => {
      const home = freshHome()
      const app = start(packaged.executable, [...chromiumArgs, debugging], isolatedEnv(home))
      try {
        const name = debugging.split('=')[0] as string
        await expect
          .poll(() => mainLogUnder(home), { timeout: 30_000 })
          .toContain(`refused to run with debugging switches ${name}`)
        // Linux prints the dialog to stderr before `ready`; elsewhere it is a modal we close.
        if (process.platform === 'linux') expect(await app.exit).toBe(1)
        expect(mainLogUnder(home)).not.toContain('window shown')
      } finally {
        await stop(app)
      }
    })
  }

  test('ignores ELECTRON_RUN_AS_NODE and NODE_OPTIONS (fuses off)', async () => {
    const home = freshHome()
    const marker = join(home, 'node-options-ran')
    const preload = join(home, 'preload.cjs')
    writeFileSync(preload, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`)
    const app = start(
      packaged.executable,
      [...chromiumArgs, '-e', 'console.log("RUN_AS_NODE_RAN")'],
      isolatedEnv(home, { ELECTRON_RUN_AS_NODE: '1', NODE_OPTIONS: `--require ${preload}` })
    )
    try {
      // It starts as the app instead of running the script.
      await expect.poll(() => mainLogUnder(home), { timeout: 60_000 }).toContain('INFO starting')
      expect(app.output()).not.toContain('RUN_AS_NODE_RAN')
      expect(existsSync(marker)).toBe(false)
    } finally {
      await stop(app)
    }
  })

  test('refuses an app.asar changed after packaging (embedded integrity)', async () => {
    test.skip(
      process.platform === 'linux',
      'Electron checks asar integrity on macOS and Windows only'
    )
    const home = freshHome()
    const copy = relocated(packaged, join(freshHome(), 'app'))
    cpSync(packaged.root, copy.root, { recursive: true, verbatimSymlinks: true })
    const bytes = readFileSync(copy.asar)
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff // file data, not the header
    writeFileSync(copy.asar, bytes)
    const app = start(copy.executable, chromiumArgs, isolatedEnv(home))
    try {
      expect(await app.exit).not.toBe(0)
      expect(mainLogUnder(home)).not.toContain('window shown')
    } finally {
      await stop(app)
    }
  })
})
