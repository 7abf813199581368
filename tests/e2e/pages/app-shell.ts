import type { Locator, Page } from '@playwright/test'

/** The frame around every screen: product name, navigation, language switch. */
export class AppShell {
  readonly header: Locator
  readonly navigation: Locator
  readonly languageSwitch: Locator
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.header = page.locator('header.ant-layout-header')
    this.navigation = page.getByRole('navigation')
    this.languageSwitch = page.getByTestId('language-switch')
    this.heading = page.getByRole('heading', { level: 1 })
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true })
  }

  async goTo(section: string): Promise<void> {
    await this.navLink(section).click()
  }

  /** `label` is the language's own name: '简体中文' or 'English'. */
  async switchLanguage(label: string): Promise<void> {
    await this.languageSwitch.getByText(label, { exact: true }).click()
  }
}
