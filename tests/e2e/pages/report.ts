import { expect, type Locator, type Page } from '@playwright/test'
import type { UiText } from './ui-text'

/** The 报告 screen: report number, confidentiality label and the narrative parts. */
export class ReportPage {
  readonly screen: Locator
  readonly reportNumber: Locator

  constructor(
    readonly page: Page,
    readonly text: UiText
  ) {
    this.screen = page.getByTestId('report-screen')
    this.reportNumber = page.getByLabel(text('report.fields.number'))
  }

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/report`)
    await expect(this.screen).toBeVisible()
  }

  /** A narrative part's text box (概述, 结论, 建议 introduction). */
  narrative(part: 'overview' | 'conclusion' | 'recommendations'): Locator {
    return this.page.getByRole('textbox', { name: this.text(`report.narrative.parts.${part}`) })
  }

  /** Whether a part shows the assessors' text or the generated one. */
  source(part: 'overview' | 'conclusion' | 'recommendations'): Locator {
    return this.page.getByTestId(`narrative-${part}`)
  }
}
