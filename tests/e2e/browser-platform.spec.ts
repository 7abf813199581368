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

  test('shows app info and saves diagnostics as a download', async ({ page, openApp }) => {
    await openApp('/settings')
    const info = page.getByTestId('app-info')
    await expect(info).toContainText(version)
    await expect(info).toContainText('Browser')

    const downloadStarted = page.waitForEvent('download')
    await page.getByTestId('export-diagnostics').click()
    const download = await downloadStarted
    expect(download.suggestedFilename()).toMatch(
      /^stability-assessor-diagnostics-\d{8}T\d{6}Z\.json$/
    )
    await expect(page.getByText('Diagnostics saved')).toBeVisible()

    const content: unknown = JSON.parse(await readFile(await download.path(), 'utf8'))
    expect(content).toMatchObject({
      format: 'stability-assessor/diagnostics',
      formatVersion: 1,
      interfaceLanguage: 'en-US',
      app: { name: 'Stability Assessor', version, platform: 'browser', locale: 'en-US' }
    })
  })
})
