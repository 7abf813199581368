import type { Locator } from '@playwright/test'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** The frame around every screen: product name, navigation, language switch, start-up state. */
export class AppShell extends WordedPageObject {
  /** `#root`, whose `data-app-state` says loading, ready or error. */
  readonly root = this.page.locator('#root')
  /** The document element (`lang` follows the interface language). */
  readonly document = this.page.locator('html')
  readonly header = this.page.locator('header.ant-layout-header')
  readonly navigation = this.page.getByRole('navigation')
  readonly languageSwitch = this.page.getByTestId('language-switch')
  readonly heading = this.page.getByRole('heading', { level: 1 })
  /** The start-up failure's message (role alert). */
  readonly alert = this.page.getByRole('alert')

  /** The product name as the header shows it. */
  productName(name: string): Locator {
    return this.header.getByText(name, { exact: true })
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true })
  }

  /** The navigation item of the screen shown. */
  get selectedNavItem(): Locator {
    return this.navigation.locator('.ant-menu-item-selected')
  }

  /** The language the switch shows as chosen. */
  get chosenLanguage(): Locator {
    return this.languageSwitch.getByRole('radio', { checked: true })
  }

  async goTo(section: string): Promise<void> {
    await this.navLink(section).click()
  }

  /** `label` is the language's own name: '简体中文' or 'English'. */
  async switchLanguage(label: string): Promise<void> {
    await this.languageSwitch.getByText(label, { exact: true }).click()
  }

  /** A passing message (antd's toast) with this text. */
  message(text: string | RegExp): Locator {
    return this.page.locator('.ant-message').getByText(text)
  }

  /** The start-up failure's reload button; its bilingual name is not an i18n text. */
  startupReload(name: string): Locator {
    return this.alert.getByRole('button', { name })
  }

  /** The start-up failure's error details (a disclosure). */
  startupDetails(summary: string): Locator {
    return this.alert.getByText(summary)
  }

  /** The content security policy the page carries in its meta tag. */
  contentSecurityPolicy(): Promise<string | null> {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  }

  /** The not-found screen's way back. */
  get backHome(): Locator {
    return this.page.getByRole('button', { name: named(this.text('notFound.backHome')) })
  }
}
