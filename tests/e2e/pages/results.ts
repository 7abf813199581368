import { expect, type Locator } from '@playwright/test'
import { WordedPageObject } from './page-object'

/** The results screen: overall figures, the score breakdown, charts and the findings summary. */
export class ResultsPage extends WordedPageObject {
  readonly overallScore = this.page.getByTestId('results-overall-score')
  readonly overallText = this.page.getByTestId('results-overall-text')
  readonly factorIndex = this.page.getByTestId('results-factor-index')
  readonly completion = this.page.getByTestId('results-completion')
  readonly scoreTable = this.page.getByTestId('results-score-table')
  /** The findings summary card, with the way to the register. */
  readonly findings = this.page.getByTestId('results-findings')

  /** Under a factor's value in the factor table: the system that set it. */
  readonly factorBinding = this.keyed<[factorId: string]>('result-binding')
  /** A per-system factor's figures per system, under its row in the factor table. */
  readonly factorSystems = this.keyed<[factorId: string]>('result-systems')
  /** One system's row of a per-system factor's figures (`data-binding` on the one that set it). */
  readonly factorSystem = this.keyed<[factorId: string, systemId: string]>('result-system')

  /** The table of every factor. */
  get factorTable(): Locator {
    return this.page.getByTestId('results-factor-table')
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
      // The text alternative: the chart is described by the score table, which holds the same figures.
      const described = this.page.locator(`[id="${await chart.getAttribute('aria-describedby')}"]`)
      await expect(described.getByTestId('results-score-table')).toBeAttached()
    }
  }
}
