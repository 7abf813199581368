import { expect, type Locator, type Page } from '@playwright/test'
import type { UiText } from './ui-text'

/**
 * What every page object starts from: the page it drives. A page object's locators are field
 * initialisers over `this.page`, each stated once, in the order they depend on each other (fields
 * initialise after this constructor has run).
 */
export abstract class PageObject {
  constructor(readonly page: Page) {}

  /**
   * The elements of one kind, told apart by their keys: `keyed('factor-value')` finds
   * `factor-value-F01` for `'F01'`; several keys join with '-' (type them as a labelled tuple:
   * `keyed<[factorId: string, inputId: string]>('factor-input')`).
   */
  protected keyed<Keys extends string[] = [key: string]>(
    prefix: string
  ): (...keys: Keys) => Locator {
    return (...keys) => this.page.getByTestId([prefix, ...keys].join('-'))
  }

  /**
   * Picks an option of an Ant Design drop-down and waits until the drop-down shows it. A click
   * that lands while the list is still sliding in can be dropped by the component (seen on CI:
   * the list stayed open, the value unchanged), so the pick is retried until it holds.
   */
  async pickOption(select: Locator, label: string): Promise<void> {
    await expect(async () => {
      const className = (await select.getAttribute('class')) ?? ''
      if (!className.split(/\s+/).includes('ant-select-open')) await select.click()
      // An option may be disabled until the record it depends on is stored: wait for it rather
      // than click a disabled one.
      await expect(this.option(label)).toHaveAttribute('aria-disabled', 'false', { timeout: 2000 })
      await this.option(label).click({ timeout: 2000 })
      await expect(select).toContainText(label, { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
  }

  /** An option of the drop-down open now, by its exact label (closed ones stay in the page). */
  option(label: string): Locator {
    return this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .locator(`.ant-select-item-option[title="${label}"]`)
  }
}

/** A page object that names what it finds in the app's language (`text` words an i18n key). */
export abstract class WordedPageObject extends PageObject {
  constructor(
    page: Page,
    readonly text: UiText
  ) {
    super(page)
  }
}
