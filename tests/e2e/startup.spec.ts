import { expect, test } from './fixtures'

test.describe('start-up', () => {
  test('signals loading, then ready, on #root', async ({ page }) => {
    await page.goto('/')
    // `loading` is in the static HTML, so it is what any observer sees before start-up ends.
    const html = await (await page.request.get('/')).text()
    expect(html).toMatch(/<div id="root" data-app-state="loading">/)
    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'ready')
  })

  test('a failing start-up step shows a clear message and sets "error"', async ({
    page,
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

    await expect(page.locator('#root')).toHaveAttribute('data-app-state', 'error')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('应用启动失败 / The app could not start')
    await expect(alert.getByRole('button', { name: '重新加载 / Reload' })).toBeVisible()
    await alert.getByText('错误详情 / Error details').click()
    await expect(alert).toContainText('simulated start-up failure')
    await saveScreenshot('startup-error')
  })
})
