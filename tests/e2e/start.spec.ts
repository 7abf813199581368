/**
 * `npm start` on a machine without the Electron binary (as here): a few lines, then the address,
 * where the app is really served. It rebuilds out/ exactly as `npm test` built it (the preview
 * server of the other specs serves the files from disk on each request, so nothing goes stale).
 * Plain @playwright/test: the app-wide guards treat any origin but the suite's own as foreign.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E_PORT } from '../../playwright.config'
import { waitForReady } from './fixtures'
import { AppShell } from './pages/app-shell'
import { appLanguage, uiText } from './pages/ui-text'

test('npm start prints at most 6 lines before the address, and the app is there', async ({
  page
}) => {
  test.setTimeout(300_000)
  const port = E2E_PORT + 100
  const noElectron = mkdtempSync(join(tmpdir(), 'no-electron-'))
  const start = spawn('npm', ['start'], {
    // A session of its own, so the whole tree (npm → node → vite preview) stops with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      STABILITY_ASSESSOR_PORT: String(port),
      ELECTRON_OVERRIDE_DIST_PATH: noElectron // an empty folder: no Electron binary
    }
  })
  let printed = ''
  start.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
  start.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')))
  try {
    const address = `http://127.0.0.1:${port}/`
    await expect
      .poll(() => printed, { timeout: 240_000, message: 'npm start should print its address' })
      .toContain(address)
    const lines = printed.split('\n')
    const before = lines.slice(
      0,
      lines.findIndex((line) => line.includes(address))
    )
    expect(before.length, `printed before the address:\n${before.join('\n')}`).toBeLessThanOrEqual(
      6
    )
    expect(before).toContainEqual(expect.stringMatching(/^Building… built in \d+\.\d s$/))
    expect(before).toContainEqual(expect.stringMatching(/^No Electron binary here \(.*\)/))
    expect(printed).not.toMatch(/out\/renderer\/assets|chunks are larger|configLoader/)

    await page.goto(address)
    await waitForReady(page)
    const language = appLanguage(await page.evaluate(() => navigator.language))
    await expect(new AppShell(page, uiText(language)).heading).toBeVisible()
  } finally {
    if (start.pid !== undefined) process.kill(-start.pid, 'SIGTERM')
    rmSync(noElectron, { recursive: true, force: true })
  }
})
