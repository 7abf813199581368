/// <reference lib="dom" />
/**
 * Shared harness for benchmarks that measure the built renderer in Chromium (ui.bench.ts, and the
 * home-list bench engineer (1) may add — use this module rather than a second copy, please):
 * builds the renderer when out/renderer (or $RENDERER_OUT_DIR) is missing, serves it from a tiny
 * static server on a free port, launches Debian's Chromium through Playwright, opens the app and
 * waits for `data-app-state="ready"`, and seeds data straight into IndexedDB.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import type { Bank } from '../shared/bank/bank'
import { loadBank } from '../shared/bank/identity'
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium'
import { percentile } from './stats'

export const ROOT = resolve(import.meta.dirname, '..')
export const RENDERER_DIR = resolve(ROOT, process.env.RENDERER_OUT_DIR ?? 'out/renderer')

/** Builds the browser renderer unless a build is already there (BENCH_REBUILD=1 forces one). */
export function ensureRendererBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'index.html')) && !process.env.BENCH_REBUILD) return
  console.log(`building the renderer into ${RENDERER_DIR} …`)
  const run = spawnSync(
    'npx',
    ['--no-install', 'vite', 'build', '--config', 'vite.web.config.ts'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, RENDERER_OUT_DIR: RENDERER_DIR },
      shell: process.platform === 'win32'
    }
  )
  if (run.status !== 0) throw new Error('vite build failed')
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to its base URL and a stop function. Every
 * response carries the desktop app's CSP header, as app:// sends it: the page's <meta> CSP does
 * not reach workers, and without the header a worker may `eval` (zod compiles its checks then),
 * which the desktop app's workers may not — the bench would time code the app never runs.
 */
export async function serveStatic(
  dir: string = RENDERER_DIR
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY
    })
    response.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((done) => server.close(() => done()))
  }
}

/** Chromium as the e2e tests launch it (headless, no sandbox, nothing phoning home). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS
  })
}

/**
 * A page for benchmarks. tsx compiles with esbuild's keepNames, which wraps named functions in
 * `__name(…)` calls; functions handed to page.evaluate carry those calls into the page, where
 * `__name` must exist.
 */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } })
  await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
  return page
}

/**
 * Runs one browser benchmark: the built renderer served on a free port, Chromium and one bench
 * page, all closed afterwards whatever happens.
 */
export async function withBenchPage(
  run: (page: Page, server: { url: string }) => Promise<void>
): Promise<void> {
  ensureRendererBuilt()
  const server = await serveStatic()
  const browser = await launchChromium()
  try {
    await run(await newBenchPage(browser), server)
  } finally {
    await browser.close()
    await server.stop()
  }
}

/** Opens a route of the app and waits until start-up says it is ready. */
export async function openApp(page: Page, baseUrl: string, route = '/assessments'): Promise<void> {
  await page.goto(`${baseUrl}/#${route}`)
  await page.waitForSelector('#root[data-app-state="ready"]')
}

/** The default bank, loaded in Node the way the app loads it. */
export function defaultBank(): Bank {
  const raw: unknown = JSON.parse(
    readFileSync(join(ROOT, 'resources/banks/sac-stability-2025.json'), 'utf8')
  )
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error('the default bank must load')
  return loaded.value.bank
}

/** Installs a bank straight into IndexedDB (as an imported one); returns its content hash. */
export async function installBank(page: Page, raw: unknown): Promise<string> {
  const loaded = loadBank(raw)
  if (!loaded.ok) throw new Error(`bench bank does not load: ${JSON.stringify(loaded.issues)}`)
  const { bank, ref } = loaded.value
  const row = { ...ref, origin: 'imported', installedAt: new Date().toISOString(), bank }
  await page.evaluate(async (row) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const tx = db.transaction('banks', 'readwrite')
    tx.objectStore('banks').put(row)
    await new Promise<void>((done, fail) => {
      tx.oncomplete = () => done()
      tx.onerror = () => fail(tx.error)
    })
    db.close()
  }, row)
  return ref.contentHash
}

/** p50 / p95 / max of a list of durations. */
export function summarize(values: readonly number[]): { p50: number; p95: number; max: number } {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: percentile(values, 100)
  }
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`
