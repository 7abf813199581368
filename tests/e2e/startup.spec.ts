import { expect, test } from './fixtures'

test.describe('start-up', () => {
  test('signals loading, then ready, on #root', async ({ page, app: { shell } }) => {
    await page.goto('/')
    // `loading` is in the static HTML, so it is what any observer sees before start-up ends.
    const html = await (await page.request.get('/')).text()
    expect(html).toMatch(/<div id="root" data-app-state="loading">/)
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
  })

  test('a failing start-up step shows a clear message and sets "error"', async ({
    page,
    app: { shell },
    guards,
    saveScreenshot
  }) => {
    guards.expectConsoleError(/Start-up failed/)
    // Break a start-up step from outside: reading the system language throws.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'language', {
        get: () => {
          throw new Error('simulated start-up failure')
        }
      })
    })
    await page.goto('/')

    await expect(shell.root).toHaveAttribute('data-app-state', 'error')
    // Start-up failed before any language was chosen: the message is in both, spelled out here.
    const { alert } = shell
    await expect(alert).toContainText('应用启动失败 / The app could not start')
    await expect(shell.startupReload('重新加载 / Reload')).toBeVisible()
    await shell.startupDetails('错误详情 / Error details').click()
    await expect(alert).toContainText('simulated start-up failure')
    await saveScreenshot('startup-error')
  })
})
