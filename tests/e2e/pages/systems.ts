import { expect, type Locator, type Page } from '@playwright/test'

/** An assessment's key-systems screen (and the same editor on the new-assessment form). */
export class SystemsPage {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('systems-page')
  }

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/systems`)
    await this.root.waitFor()
  }

  row(systemId: string): Locator {
    return this.page.getByTestId(`system-row-${systemId}`)
  }

  name(systemId: string): Locator {
    return this.page.getByTestId(`system-name-${systemId}`)
  }

  realTime(systemId: string): Locator {
    return this.page.getByTestId(`system-realtime-${systemId}`)
  }

  window(systemId: string): Locator {
    return this.page.getByTestId(`system-window-${systemId}`)
  }

  async addPreset(key: string): Promise<void> {
    await this.page.getByTestId(`system-preset-${key}`).click()
  }

  /** Picks a class (`第四类` / `Class 4`) from the row's drop-down. */
  async setClass(systemId: string, label: string): Promise<void> {
    await this.page.getByTestId(`system-class-${systemId}`).click()
    await this.page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(label, { exact: true })
      .click()
    await expect(this.page.getByTestId(`system-class-${systemId}`)).toContainText(label)
  }

  async remove(systemId: string): Promise<void> {
    await this.page.getByTestId(`system-remove-${systemId}`).click()
  }

  /** Saves and waits until nothing is left unsaved. */
  async save(): Promise<void> {
    await this.page.getByTestId('systems-save').click()
    await expect(this.page.getByTestId('systems-save')).toBeDisabled()
    await expect(this.page.getByTestId('systems-unsaved')).toHaveCount(0)
  }
}
