import { expect, test } from './fixtures'

/**
 * The user guide opens inside the app from the bundled copy (issue 16): from Settings at its
 * start, from the questionnaire's keyboard help at "answering by keyboard", with every picture
 * loaded from the app's own origin.
 */
for (const language of [
  { locale: 'zh-CN', title: '稳定性保障评估工具 使用指南', keyboard: '4. 按键盘作答' },
  { locale: 'en-US', title: 'Stability Assessor user guide', keyboard: '4. Answering by keyboard' }
] as const) {
  test.describe(`user guide (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('opens from Settings and from the keyboard help, pictures and all', async ({
      page,
      app,
      openApp,
      saveScreenshot
    }) => {
      await openApp('/settings')
      await app.guide.fromSettings.click()
      await expect(app.guide.screen.getByRole('heading', { level: 1 })).toHaveText(language.title)
      await expect(app.guide.pictures).toHaveCount(17)
      for (const picture of await app.guide.pictures.all()) await picture.scrollIntoViewIfNeeded()
      await expect.poll(() => app.guide.loadedPictures()).toBe(17)
      // Bundled with the app: served from the app's own origin, never fetched from the web.
      for (const src of await app.guide.pictures.evaluateAll((images) =>
        images.map((image) => (image as HTMLImageElement).src)
      ))
        expect(new URL(src).origin).toBe(new URL(page.url()).origin)

      await openApp('/assessments')
      const id = await app.home.openSample()
      await app.questionnaire.open(id, 'A1')
      await page.keyboard.press('?')
      await app.guide.fromKeyboardHelp.click()
      await expect(page).toHaveURL(/#\/guide\/keyboard$/)
      await expect(app.guide.section('keyboard')).toBeAttached()
      await expect(
        app.guide.screen.getByRole('heading', { name: language.keyboard })
      ).toBeInViewport()
      await saveScreenshot(`guide-keyboard-${language.locale}`)
    })
  })
}
