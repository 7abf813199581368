/**
 * Makes the DUR-11 fixture profile with the previous release (release.ts), run by hand:
 * `npx tsx tests/e2e/previous-release/make-profile.ts [commit]`. It builds that commit's browser
 * renderer from git (build.ts), serves it for PROFILE_HOST, and in Chromium on a fresh profile
 * lets the old app create the assessments (fill.ts). Then it quits Chromium as a user would,
 * keeps the profile's IndexedDB and Local Storage folders (the data and the language chosen) and writes manifest.json: what the
 * old home list showed and what the database held (profile-contents.ts).
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { close, kill, launch, serveHostFrom, type Running } from '../persistent-chromium'
import { buildPreviousRelease } from './build'
import { fillWithPreviousRelease } from './fill'
import { MANIFEST_PATH, PREVIOUS_RELEASE, PROFILE_DIR, PROFILE_HOST } from './release'

const commit = process.argv[2] ?? PREVIOUS_RELEASE.commit
const source = buildPreviousRelease(commit, 'web')
const profile = mkdtempSync(join(tmpdir(), 'previous-release-'))
const port = 4200 + Math.floor(Math.random() * 700)
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--config',
    'vite.web.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    `${port}`,
    '--strictPort'
  ],
  { cwd: source, stdio: 'ignore', detached: true }
)
let running: Running | undefined
try {
  for (let i = 0; i < 60; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false
    )
    if (up) break
    await new Promise((done) => setTimeout(done, 500))
  }
  running = await launch(profile, serveHostFrom(PROFILE_HOST, port))
  // tsx names functions with esbuild's `__name`, which the page's evaluate callbacks then call.
  await running.page.addInitScript('globalThis.__name = (f) => f')
  await running.page.goto(`http://${PROFILE_HOST}/`)
  const assessments = await fillWithPreviousRelease(running.page)
  const version = await running.page.evaluate(async () => {
    const request = indexedDB.open('stability-assessor')
    const db = await new Promise<IDBDatabase>(
      (done) => (request.onsuccess = () => done(request.result))
    )
    db.close()
    return db.version
  })
  const chromium = (await running.browser.version()).trim()
  await close(running)
  running = undefined

  rmSync(PROFILE_DIR, { recursive: true, force: true })
  // The database, and Local Storage (the language chosen, the last screen).
  for (const folder of ['IndexedDB', 'Local Storage'])
    cpSync(join(profile, 'Default', folder), join(PROFILE_DIR, 'Default', folder), {
      recursive: true,
      filter: (path) => !/[/\\](LOG|LOG\.old|LOCK)$/.test(path)
    })
  const manifest = {
    release: { ...PREVIOUS_RELEASE, commit },
    madeBy: chromium,
    origin: `http://${PROFILE_HOST}`,
    version,
    assessments
  }
  writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(
    `profile written: ${PROFILE_DIR} (${assessments.length} assessments, IndexedDB version ${version})`
  )
} catch (error) {
  await running?.page.screenshot({ path: join(tmpdir(), 'make-profile-failed.png') })
  throw error
} finally {
  if (running) await kill(running)
  process.kill(-server.pid!, 'SIGTERM')
  rmSync(profile, { recursive: true, force: true })
}
