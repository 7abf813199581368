import { expect, type Locator, type Page } from '@playwright/test'
import type { UiText } from './ui-text'

/** The results screen: overall figures, the score breakdown, charts and the findings. */
export class ResultsPage {
  readonly overallScore: Locator
  readonly overallText: Locator
  readonly factorIndex: Locator
  readonly completion: Locator
  readonly scoreTable: Locator
  readonly findings: Locator

  constructor(
    readonly page: Page,
    readonly text: UiText
  ) {
    this.overallScore = page.getByTestId('results-overall-score')
    this.overallText = page.getByTestId('results-overall-text')
    this.factorIndex = page.getByTestId('results-factor-index')
    this.completion = page.getByTestId('results-completion')
    this.scoreTable = page.getByTestId('results-score-table')
    this.findings = page.getByTestId('findings-table').locator('tbody tr')
  }

  /** The combined score of a pillar or section in the breakdown. */
  combinedScore(rowKey: string): Locator {
    return this.scoreTable.locator(`tr[data-row-key="${rowKey}"]`).locator('td').nth(3)
  }

  async waitForCharts(): Promise<void> {
    for (const id of ['chart-bar', 'chart-radar']) {
      const chart = this.page.getByTestId(id)
      await expect(chart).toHaveAttribute('data-chart-state', 'ready')
      await expect(chart.locator('svg path').first()).toBeAttached()
    }
  }

  /** A finding's row, by the finding's id. */
  finding(findingId: string): FindingRow {
    return new FindingRow(this.page.getByTestId(`finding-${findingId}`), this.text)
  }

  /** The id of the finding the engine ranks first. */
  async firstFindingId(): Promise<string> {
    const testId = await this.findings.first().getAttribute('data-testid')
    return testId!.replace(/^finding-/, '')
  }

  /** A finding's status, chosen from its drop-down by the label shown. */
  async chooseStatus(findingId: string, label: string): Promise<void> {
    await this.finding(findingId).status.click()
    await this.page.locator('.ant-select-item-option').filter({ hasText: label }).click()
  }
}

/** One row of the findings table: who, by when, what, and its status. */
export class FindingRow {
  readonly owner: Locator
  readonly dueDate: Locator
  readonly action: Locator
  /** The status drop-down (its text is the chosen status). */
  readonly status: Locator

  constructor(
    readonly row: Locator,
    text: UiText
  ) {
    this.owner = row.getByLabel(text('results.findings.owner'))
    this.dueDate = row.getByLabel(text('results.findings.dueDate'))
    this.action = row.getByLabel(text('results.findings.action'))
    this.status = row.getByTestId('finding-status')
  }
}
