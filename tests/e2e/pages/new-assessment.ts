import type { Locator, Page } from '@playwright/test'

/** The new-assessment form, by its stable test hooks. */
export class NewAssessmentPage {
  readonly institution: Locator
  readonly periodStart: Locator
  readonly periodEnd: Locator
  readonly assessor: Locator
  readonly create: Locator

  constructor(readonly page: Page) {
    this.institution = page.getByTestId('field-institution')
    this.periodStart = page.getByTestId('field-period-start')
    this.periodEnd = page.getByTestId('field-period-end')
    this.assessor = page.getByTestId('field-assessor')
    this.create = page.getByTestId('create-assessment')
  }

  /** The inline error shown under a field (antd's form item explanation). */
  errorOf(field: Locator): Locator {
    return this.page
      .locator('.ant-form-item')
      .filter({ has: field })
      .locator('.ant-form-item-explain-error')
  }

  async addScope(...systems: string[]): Promise<void> {
    const select = this.page.getByTestId('field-scope')
    await select.click()
    for (const system of systems) {
      await this.page.keyboard.type(system)
      await this.page.keyboard.press('Enter')
    }
    await this.page.keyboard.press('Escape')
  }
}
