import { expect, test } from './fixtures'

/** What each language must show; the literal strings are the point, so they are spelled out. */
const languages = [
  {
    locale: 'zh-CN',
    productName: '稳定性保障评估工具',
    nav: ['评估', '题库', '设置'],
    emptyAssessments: '尚无评估',
    antdCopy: '复制',
    switchLabel: '简体中文'
  },
  {
    locale: 'en-US',
    productName: 'Stability Assessor',
    nav: ['Assessments', 'Banks', 'Settings'],
    emptyAssessments: 'No assessments yet',
    antdCopy: 'Copy',
    switchLabel: 'English'
  }
] as const

for (const language of languages) {
  test.describe(`system locale ${language.locale}`, () => {
    test.use({ locale: language.locale })

    test('starts in the system language and shows the app shell', async ({
      page,
      app: { shell, home, banks, settings },
      openApp,
      saveScreenshot
    }) => {
      await openApp()

      await expect(page).toHaveURL(/#\/assessments$/)
      await expect(shell.document).toHaveAttribute('lang', language.locale)
      await expect(page).toHaveTitle(language.productName)
      await expect(shell.productName(language.productName)).toBeVisible()
      for (const item of language.nav) await expect(shell.navLink(item)).toBeVisible()
      await expect(shell.heading).toHaveText(language.nav[0])
      await expect(home.empty).toBeVisible()
      await expect(home.empty).toContainText(language.emptyAssessments)
      await expect(shell.chosenLanguage).toHaveAccessibleName(language.switchLabel)
      await saveScreenshot(`app-shell-${language.locale}`)

      // antd's own texts follow the language too (the copy button's name comes from antd's locale).
      await shell.goTo(language.nav[1])
      await expect(shell.heading).toHaveText(
        language.locale === 'zh-CN' ? '题库' : 'Question banks'
      )
      await banks.browse()
      await expect(banks.antdButton(language.antdCopy)).toBeVisible()

      await shell.goTo(language.nav[2])
      await expect(shell.heading).toHaveText(language.nav[2])
      await expect(settings.appInfo).toBeVisible()
      await saveScreenshot(`settings-${language.locale}`)
    })
  })
}

test.describe('language switch', () => {
  test.use({ locale: 'en-US' })

  test('switches the UI and antd, and the choice survives a reload', async ({
    page,
    app: { shell, banks },
    openApp
  }) => {
    await openApp('/banks')
    await expect(shell.heading).toHaveText('Question banks')
    // A bank's page: its copy button is named by antd's own locale.
    await banks.browse()
    await expect(banks.antdButton('Copy')).toBeVisible()

    await shell.switchLanguage('简体中文')
    await expect(shell.navLink('设置')).toBeVisible()
    await expect(banks.antdButton('复制')).toBeVisible()
    await expect(shell.document).toHaveAttribute('lang', 'zh-CN')
    await expect(page).toHaveTitle('稳定性保障评估工具')

    await page.reload()
    await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
    await expect(shell.navLink('题库')).toBeVisible()
    await expect(banks.antdButton('复制')).toBeVisible()

    await shell.switchLanguage('English')
    await expect(shell.navLink('Banks')).toBeVisible()
    await expect(shell.document).toHaveAttribute('lang', 'en-US')
  })
})

test.describe('routing', () => {
  test.use({ locale: 'en-US' })

  test('every screen has its own address, and unknown ones say so', async ({
    page,
    app: { shell },
    openApp
  }) => {
    await openApp('/settings')
    await expect(shell.heading).toHaveText('Settings')
    await expect(shell.selectedNavItem).toHaveText('Settings')

    await page.goto('/#/no-such-screen')
    await expect(shell.heading).toHaveText('Page not found')
    await shell.backHome.click()
    await expect(page).toHaveURL(/#\/assessments$/)

    await page.goBack()
    await expect(shell.heading).toHaveText('Page not found')
  })
})
