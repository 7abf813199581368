import { expect, test } from './fixtures'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`audit log in ${locale}`, () => {
    test.use({ locale })

    test('shows an answer change with who, when and old → new, and filters by question', async ({
      sampleAssessment: { id, app },
      saveScreenshot
    }) => {
      const { questionnaire, workspace, audit } = app

      // Sample seed 1 rates A1.01 at level 3; change it to level 1.
      await questionnaire.open(id, 'A1')
      await questionnaire.choice('A1.01', '1').check()
      await workspace.saved()

      await workspace.goTo('audit', id)
      const entry = audit.rows('answer.set').first()
      await expect(entry).toHaveAttribute('data-target', 'question:A1.01')
      const value = audit.change(entry, 'value')
      await expect(value.old).toHaveText(/^L3 /)
      await expect(value.new).toHaveText(/^L1 /)
      await saveScreenshot(`audit-${locale}`)

      await audit.filterByTarget('A1.01')
      await expect(audit.rows().first()).toHaveAttribute('data-target', 'question:A1.01')
      expect(new Set(await audit.targets())).toEqual(new Set(['question:A1.01']))
    })
  })
}
