import type { Locator, Page } from '@playwright/test'

/** The evaluation factors screen. */
export class FactorsPage {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('factors-page')
  }

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/factors`)
    await this.root.waitFor()
  }

  factor(factorId: string): Locator {
    return this.page.getByTestId(`factor-${factorId}`)
  }

  input(factorId: string, inputId: string): Locator {
    return this.page.getByTestId(`factor-input-${factorId}-${inputId}`)
  }

  value(factorId: string): Locator {
    return this.page.getByTestId(`factor-value-${factorId}`)
  }

  score(factorId: string): Locator {
    return this.page.getByTestId(`factor-score-${factorId}`)
  }
}
