import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { countAppEvent, expect, runSecondInstance, test } from './fixtures'
import { SKIP_REASON } from './electron-available'

test.skip(SKIP_REASON !== '', SKIP_REASON)

test('starts on app://bundle and reaches data-app-state="ready" without page errors', async ({
  page
}) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))

  const state = page.locator('[data-app-state]').first()
  await expect(state).not.toHaveAttribute('data-app-state', 'loading', { timeout: 30_000 })
  await expect(state, 'start-up should end in "ready"').toHaveAttribute('data-app-state', 'ready')
  expect(page.url()).toMatch(/^app:\/\/bundle\//)
  expect(errors).toEqual([])
})

test('SEC-14: a second launch on the same user data shows the first and exits', async ({
  app,
  page,
  userDataDir
}) => {
  await page.waitForLoadState('load')
  const secondInstances = await countAppEvent(app, 'second-instance')

  expect(await runSecondInstance(userDataDir)).toBe(0)

  await expect.poll(secondInstances).toBe(1)
  const windows = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((window) => ({
      visible: window.isVisible(),
      minimized: window.isMinimized()
    }))
  )
  expect(windows).toEqual([{ visible: true, minimized: false }])
})

test('F-3: a second launch brings up a window that was hidden', async ({
  app,
  page,
  userDataDir
}) => {
  await page.waitForLoadState('load')
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.hide())
  expect(await runSecondInstance(userDataDir)).toBe(0)
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()))
    .toBe(true)
})

test('the start is logged in the data folder, and the menu is the minimal one', async ({
  app,
  page,
  userDataDir
}) => {
  await page.waitForLoadState('load')
  await expect
    .poll(() => readFile(join(userDataDir, 'logs', 'main.log'), 'utf8').catch(() => ''))
    .toMatch(/INFO window shown at its first paint after \d+ ms/)
  const roles = await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()?.items.map((item) => String(item.role ?? '').toLowerCase())
  )
  // Unpackaged (as here) every platform adds a Develop menu (no role); packaged Windows/Linux
  // builds have no menu at all and macOS no Develop menu (unit-tested in app-menu.test.ts).
  expect(roles).toEqual(
    process.platform === 'darwin' ? ['appmenu', 'editmenu', 'windowmenu', ''] : ['']
  )
})
