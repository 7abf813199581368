import type { Page } from '@playwright/test'
import type { UiText } from './ui-text'

/**
 * What every page object starts from: the page it drives. A page object's locators are field
 * initialisers over `this.page`, each stated once, in the order they depend on each other (fields
 * initialise after this constructor has run).
 */
export abstract class PageObject {
  constructor(readonly page: Page) {}
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
