import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, getRawHeader } from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { namedFuses, RELEASE_FUSES } from '../release-fuses'
import { moduleSpecifiers } from './module-specifiers'

/*
 * Packs the app the way a release does — electron-builder with electron-builder.yml — for
 * `--linux dir`, against a stand-in Electron dist (no Electron binary can be downloaded here), and
 * checks what would ship in app.asar (desktop review F-4, F-15; issue 17). Network-less by
 * construction: every download electron-builder could attempt is pointed at a closed port, so an
 * attempt fails this test instead of passing on a machine that happens to be online.
 * Needs `npx electron-vite build` first; `npm test` builds before the unit tests.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)
const built = existsSync(join(ROOT, 'out/main/index.js'))
const MAX_APP_BYTES = 10 * 1024 * 1024

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// A stock Electron 45 wire before flipping: RunAsNode, NodeOptions, inspect and file privileges on.
const STOCK_WIRE = '10110001'

/** A directory shaped like an unpacked Electron for Linux, with a fuse wire electron-builder flips. */
function standInElectronDist(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# stand-in Electron for packaging tests\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, STOCK_WIRE.length]),
    Buffer.from(STOCK_WIRE),
    Buffer.from('\nexit 1\n')
  ])
  writeFileSync(join(dir, 'electron'), wire, { mode: 0o755 })
  for (const locale of ['en-US', 'zh-CN', 'de', 'ja']) {
    writeFileSync(join(dir, 'locales', `${locale}.pak`), locale)
  }
  writeFileSync(join(dir, 'LICENSE'), 'stand-in')
}

/** Any download electron-builder (or @electron/get) tries goes to a closed port and fails. */
const OFFLINE_ENV = {
  ELECTRON_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
  ELECTRON_GET_USE_PROXY: '1',
  GLOBAL_AGENT_HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  // electron-builder reads signing settings from CSC_*; none may leak in from the environment.
  CSC_IDENTITY_AUTO_DISCOVERY: 'false'
}

interface Packed {
  unpacked: string
  files: Map<string, number>
  read: (path: string) => string
  seconds: number
}

/** `--linux dir took 39.8 s; app.asar 4.39 MB unpacked, 61 files: out/main 9, …`. */
function summary({ files, seconds }: Packed): string {
  const bytes = [...files.values()].reduce((sum, size) => sum + size, 0)
  const groups = new Map<string, number>()
  for (const path of files.keys()) {
    const group = /^\/out\/[^/]+/.exec(path)?.[0].slice(1) ?? path.slice(1)
    groups.set(group, (groups.get(group) ?? 0) + 1)
  }
  const parts = [...groups].map(([group, count]) => `${group} ${count}`).join(', ')
  return (
    `--linux dir took ${seconds.toFixed(1)} s; app.asar ${(bytes / 1024 / 1024).toFixed(2)} MB ` +
    `unpacked, ${files.size} files: ${parts}`
  )
}

describe.skipIf(!built && process.env.CI !== 'true')(
  `electron-builder --linux dir${built ? '' : ' (skipped: out/ is not built; run `npx electron-vite build` first)'}`,
  () => {
    let work = ''
    let packed: Packed

    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), 'sa-packaging-'))
      const dist = join(work, 'electron-dist')
      standInElectronDist(dist)
      const started = performance.now()
      await promisify(execFile)(
        process.execPath,
        [
          require.resolve('electron-builder/cli.js'),
          '--linux',
          'dir',
          '--x64',
          `-c.electronDist=${dist}`,
          `-c.directories.output=${join(work, 'release')}`
        ],
        { cwd: ROOT, env: { ...process.env, ...OFFLINE_ENV }, maxBuffer: 16 * 1024 * 1024 }
      )
      const unpacked = join(work, 'release', 'linux-unpacked')
      const archive = join(unpacked, 'resources', 'app.asar')
      const files = new Map<string, number>()
      const walk = (node: { files?: Record<string, unknown>; size?: number }, path: string) => {
        if (node.files === undefined) files.set(path, node.size ?? 0)
        else
          for (const [name, child] of Object.entries(node.files))
            walk(child as never, `${path}/${name}`)
      }
      walk(getRawHeader(archive).header as never, '')
      packed = {
        unpacked,
        files,
        read: (path) => extractFile(archive, path.slice(1)).toString('utf8'),
        seconds: (performance.now() - started) / 1000
      }
    }, 180_000)

    afterAll(() => {
      if (work !== '') rmSync(work, { recursive: true, force: true })
      // One line for whoever watches this in CI (not an assertion): the cost, and what ships.
      if (packed !== undefined) console.info(`packaging: ${summary(packed)}`)
    })

    it('produces app.asar holding out/main, out/preload, out/renderer and package.json only', () => {
      const paths = [...packed.files.keys()]
      expect(paths).toContain('/package.json')
      expect(paths).toContain('/out/main/index.js')
      expect(paths).toContain('/out/preload/index.cjs')
      expect(paths).toContain('/out/renderer/index.html')
      const outside = paths.filter(
        (p) => p !== '/package.json' && !/^\/out\/(main|preload|renderer)\//.test(p)
      )
      expect(outside, 'no node_modules, no command line (out/cli), nothing else').toEqual([])
      expect(paths.filter((p) => p.endsWith('.map'))).toEqual([])
    })

    it(`is at most 10 MB unpacked`, () => {
      const bytes = [...packed.files.values()].reduce((sum, size) => sum + size, 0)
      expect(bytes).toBeLessThanOrEqual(MAX_APP_BYTES)
    })

    it('main and preload import only electron, node: built-ins and their own files', () => {
      const bundles = [...packed.files.keys()].filter((p) =>
        /^\/out\/(main|preload)\/.*\.(c|m)?js$/.test(p)
      )
      expect(bundles.length).toBeGreaterThanOrEqual(2)
      const foreign = bundles.flatMap((path) =>
        moduleSpecifiers(packed.read(path))
          .filter((s) => s !== 'electron' && !s.startsWith('node:') && !s.startsWith('.'))
          .map((s) => `${path} imports "${s}"`)
      )
      expect(foreign).toEqual([])
    })

    it('ships a package.json whose entry is the built main and that lists no dependencies', () => {
      const manifest = JSON.parse(packed.read('/package.json')) as Record<string, unknown>
      expect(manifest.main).toBe('out/main/index.js')
      expect(manifest.type).toBe('module')
      expect(manifest.dependencies ?? {}).toEqual({})
    })

    it('flips the release fuses in the executable', async () => {
      const wire = await getCurrentFuseWire(join(packed.unpacked, 'stability-assessor'))
      const read = namedFuses(wire as unknown as Record<number, number>)
      expect(read).toEqual(RELEASE_FUSES)
    })

    it('keeps Chromium locales for zh-CN and en-US only, and no extra resources', () => {
      expect(existsSync(join(packed.unpacked, 'locales', 'zh-CN.pak'))).toBe(true)
      expect(existsSync(join(packed.unpacked, 'locales', 'en-US.pak'))).toBe(true)
      expect(existsSync(join(packed.unpacked, 'locales', 'de.pak'))).toBe(false)
      expect(existsSync(join(packed.unpacked, 'resources', 'banks'))).toBe(false)
    })
  }
)

describe('npm dependencies', () => {
  it('package.json has no "dependencies": everything the app runs is bundled', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    // electron-builder copies "dependencies" (and their trees) into app.asar, and electron-vite
    // would externalize them from main. Add npm packages to devDependencies (docs/desktop.md).
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([])
  })
})

describe('moduleSpecifiers (what the import check reads)', () => {
  it('finds every kind of import in minified output', () => {
    const code =
      'import{a as b}from"zod";import"./side.js";export*from"node:fs";' +
      'const c=await import("exceljs"),d=require("electron");let from1="x"'
    expect(moduleSpecifiers(code)).toEqual(['./side.js', 'electron', 'exceljs', 'node:fs', 'zod'])
  })
})
