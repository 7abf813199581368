import { expect, type Locator } from '@playwright/test'
import { WordedPageObject } from './page-object'

/** The 报告 screen: report number, confidentiality label and the narrative parts. */
export class ReportPage extends WordedPageObject {
  readonly screen = this.page.getByTestId('report-screen')
  readonly reportNumber = this.page.getByLabel(this.text('report.fields.number'))

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/report`)
    await expect(this.screen).toBeVisible()
  }

  /** A narrative part's text box (概述, 结论, 建议 introduction). */
  narrative(part: 'overview' | 'conclusion' | 'recommendations'): Locator {
    return this.page.getByRole('textbox', { name: this.text(`report.narrative.parts.${part}`) })
  }

  /** Whether a part shows the assessors' text or the generated one. */
  readonly source = this.keyed<[part: 'overview' | 'conclusion' | 'recommendations']>('narrative')
}
