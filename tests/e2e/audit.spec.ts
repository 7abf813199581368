import { expect, test } from './fixtures'
import { SignOff } from './pages/sign-off'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`audit log in ${locale}`, () => {
    test.use({ locale })

    test('shows an answer change with who, when and old → new, and filters by question', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const app = new SignOff(page)
      await openApp('/assessments')
      const id = await app.openSample()

      // Sample seed 1 rates A1.01 at level 3; change it to level 1.
      await page.goto(`/#/a/${id}/s/A1`)
      const question = page.getByTestId('question-A1.01')
      await question.locator('input[type=radio][value="1"]').check()
      await app.saved()

      await app.goTo('audit', id)
      const entry = app.auditRows('answer.set').first()
      await expect(entry).toHaveAttribute('data-target', 'question:A1.01')
      const value = entry.locator('[data-field="value"]')
      await expect(value.getByTestId('audit-old')).toHaveText(/^L3 /)
      await expect(value.getByTestId('audit-new')).toHaveText(/^L1 /)
      await saveScreenshot(`audit-${locale}`)

      await page.getByTestId('audit-filter-target').click()
      await page.keyboard.type('A1.01')
      await page.keyboard.press('Enter')
      const rows = app.auditRows()
      await expect(rows.first()).toHaveAttribute('data-target', 'question:A1.01')
      const targets = await rows.evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-target'))
      )
      expect(new Set(targets)).toEqual(new Set(['question:A1.01']))
    })
  })
}
