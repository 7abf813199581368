import type { Locator, Page } from '@playwright/test'

/** The settings screen's general card and storage state. */
export class SettingsPage {
  readonly assessorName: Locator
  readonly maxEvidence: Locator
  readonly nameState: Locator
  readonly limitState: Locator
  readonly storage: Locator

  constructor(readonly page: Page) {
    this.assessorName = page.getByTestId('settings-assessor-name')
    this.maxEvidence = page.getByTestId('settings-max-evidence')
    this.nameState = page.getByTestId('assessor-name-state')
    this.limitState = page.getByTestId('max-evidence-state')
    this.storage = page.getByTestId('storage-state')
  }

  language(label: string): Locator {
    return this.page.getByTestId('settings-language').getByText(label, { exact: true })
  }
}
