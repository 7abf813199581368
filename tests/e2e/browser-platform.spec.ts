import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
) as { version: string }

test.describe('browser platform', () => {
  test.use({ locale: 'en-US' })

  test('has no Electron bridge', async ({ page, openApp }) => {
    await openApp()
    expect(
      await page.evaluate(
        () => typeof (window as { stabilityAssessor?: unknown }).stabilityAssessor
      )
    ).toBe('undefined')
  })

  test('shows app info and saves diagnostics as a download', async ({
    app: { settings, shell },
    openApp
  }) => {
    await openApp('/settings')
    await expect(settings.appInfo).toContainText(version)
    await expect(settings.appInfo).toContainText('Browser')

    const download = await settings.exportDiagnostics()
    expect(download.suggestedFilename()).toMatch(
      /^stability-assessor-diagnostics-\d{8}T\d{6}Z\.json$/
    )
    await expect(shell.message('Diagnostics saved')).toBeVisible()

    const content: unknown = JSON.parse(await readFile(await download.path(), 'utf8'))
    expect(content).toMatchObject({
      format: 'stability-assessor/diagnostics',
      formatVersion: 1,
      interfaceLanguage: 'en-US',
      app: { name: 'Stability Assessor', version, platform: 'browser', locale: 'en-US' }
    })
  })
})

/*
 * A long export can outlast the click's user activation, after which a browser may drop a
 * programmatic download. The browser build then holds the file and asks for one more click.
 * Here the activation is made to read as expired, so every save takes that path.
 */
for (const [locale, ready, saved] of [
  ['zh-CN', '文件已生成', '诊断信息已保存'],
  ['en-US', 'File ready', 'Diagnostics saved']
] as const) {
  test.describe(`expired activation (${locale})`, () => {
    test.use({ locale })
    test(`a file ready after the click expired waits for Save (${locale})`, async ({
      page,
      app: { settings, shell, downloadReady },
      openApp,
      saveScreenshot
    }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'userActivation', {
          get: () => ({ isActive: false, hasBeenActive: true })
        })
      })
      await openApp('/settings')
      const downloads: string[] = []
      page.on('download', (download) => downloads.push(download.suggestedFilename()))

      await settings.exportDiagnosticsButton.click()
      const notice = downloadReady.notice
      await expect(notice).toBeVisible()
      await expect(notice).toContainText(ready)
      await expect(notice).toHaveAttribute('data-file-name', /^stability-assessor-diagnostics-/)
      await saveScreenshot(`download-ready-${locale}`)
      expect(downloads).toEqual([])

      const name = await notice.getAttribute('data-file-name')
      const started = page.waitForEvent('download')
      await downloadReady.save.click()
      expect((await started).suggestedFilename()).toBe(name)
      await expect(notice).toBeHidden()
      await expect(shell.message(saved)).toBeVisible()

      // Cancel drops the file: no download, and no "saved" message for it.
      await shell.message(saved).waitFor({ state: 'hidden' })
      await settings.exportDiagnosticsButton.click()
      await expect(notice).toBeVisible()
      await downloadReady.dismiss.click()
      await expect(notice).toBeHidden()
      await expect(settings.exportDiagnosticsButton).toBeEnabled()
      expect(downloads).toHaveLength(1)
      await expect(shell.message(saved)).toBeHidden()
    })
  })
}
