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

test('SEC-14: a second launch on the same user data focuses the first and exits', async ({
  app,
  page,
  userDataDir
}) => {
  await page.waitForLoadState('load')
  const secondInstances = await countAppEvent(app, 'second-instance')

  expect(await runSecondInstance(userDataDir)).toBe(0)

  await expect.poll(secondInstances).toBe(1)
  const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
  expect(windows).toBe(1)
})
