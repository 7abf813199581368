import { readFile } from 'node:fs/promises'
import { expect, test, waitForReady } from './fixtures'
import { dumpDatabase } from './package-helpers'
import { App } from './pages/app'
import { unlockWith } from './pages/protection'
import { seedAssessment } from './seed'

const MAGIC = Buffer.from([0x89, 0x53, 0x41, 0x45, 0x0d, 0x0a, 0x1a, 0x0a])
const PASSPHRASE = '灾备演练-2026-correct horse'

for (const language of [
  { locale: 'zh-CN', wrong: /^口令不正确，或文件在加密后被改动过/, weak: /弱/ },
  { locale: 'en-US', wrong: /^wrong passphrase, or the file was altered/, weak: /weak/ }
] as const) {
  test.describe(`encrypted files (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('an encrypted package opens on a fresh profile with the right passphrase only', async ({
      page,
      app,
      browser,
      openApp,
      baseURL,
      saveScreenshot
    }) => {
      test.setTimeout(180_000)
      const institution = '示例证券股份有限公司'
      await openApp('/assessments')
      const id = await app.newAssessment.createAssessment(institution)
      await app.questionnaire.answerAll(id, { A1: { 'A1.01': '3' } })
      await app.questionnaire.waitSaved()

      // Encryption is the default; the dialog hints at the strength and warns about "none".
      await app.workspace.exchange('export-package')
      const strength = page.getByTestId('passphrase-strength')
      await page.getByTestId('protect-passphrase').fill('password1')
      await expect(strength).toHaveAttribute('data-level', 'weak')
      await expect(strength).toHaveText(language.weak)
      await page.getByTestId('protect-none').click()
      await expect(page.getByTestId('protect-none-warning')).toBeVisible()
      await saveScreenshot(`protect-dialog-none-${language.locale}`)
      await page.getByRole('button', { name: /取\s*消|Cancel/ }).click()

      const sealed = await app.workspace.exportPackage({ passphrase: PASSPHRASE })
      expect(Buffer.from(sealed.bytes.subarray(0, 8))).toEqual(MAGIC)
      expect(Buffer.from(sealed.bytes).includes(Buffer.from(institution))).toBe(false)

      const context = await browser.newContext({ locale: language.locale, baseURL })
      const other = await context.newPage()
      try {
        await other.goto('/#/assessments')
        await waitForReady(other)
        const otherApp = new App(other, app.language)
        const before = await dumpDatabase(other)
        await otherApp.packageImport.choose(sealed.path)
        await unlockWith(other, 'not the passphrase')
        await expect(other.getByTestId('unlock-error')).toHaveText(language.wrong)
        await other.screenshot({
          path: test.info().outputPath(`unlock-wrong-${language.locale}.png`),
          animations: 'disabled'
        })
        expect(await dumpDatabase(other)).toBe(before)
        await unlockWith(other, PASSPHRASE)
        await expect(otherApp.packageImport.report).toHaveAttribute('data-kind', 'done')
        await other.keyboard.press('Escape')
        await otherApp.questionnaire.open(id, 'A1')
        await expect(otherApp.questionnaire.choice('A1.01', '3')).toBeChecked()
      } finally {
        await context.close()
      }
    })

    test('an encrypted backup restores on a fresh profile after a wrong passphrase', async ({
      page,
      app,
      browser,
      openApp
    }) => {
      test.setTimeout(180_000)
      await openApp('/settings')
      await seedAssessment(page, { institution: '华东证券股份有限公司' })
      const file = await app.backup.backUp({ passphrase: PASSPHRASE })
      const bytes = await readFile(file)
      expect(bytes.subarray(0, 8)).toEqual(MAGIC)
      expect(bytes.includes(Buffer.from('华东证券股份有限公司'))).toBe(false)

      const context = await browser.newContext({ locale: language.locale })
      const other = await context.newPage()
      const otherApp = new App(other, app.language)
      try {
        await other.goto(page.url().replace(/#.*$/, '#/settings'))
        await expect(otherApp.shell.root).toHaveAttribute('data-app-state', 'ready')
        const before = await dumpDatabase(other)
        await otherApp.backup.pickRestoreFile(file)
        await unlockWith(other, 'wrong-passphrase')
        await expect(other.getByTestId('unlock-error')).toHaveText(language.wrong)
        expect(await dumpDatabase(other)).toBe(before)
        await unlockWith(other, PASSPHRASE)
        const { preview } = otherApp.backup
        await expect(preview.root).toBeVisible()
        await expect(preview.root).toContainText('华东证券股份有限公司')
      } finally {
        await context.close()
      }
    })
  })
}
