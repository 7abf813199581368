import { expect, type Locator, type Page } from '@playwright/test'
import { readAssessmentDownload } from '../assessment-file'
import { expectDownload } from '../downloads'

/** The workspace screens built for results, review, audit and the assessment file. */
export class SignOff {
  constructor(readonly page: Page) {}

  /** From the home screen: a fresh copy of the sample assessment; returns its id. */
  async openSample(): Promise<string> {
    await this.page.getByTestId('open-sample').first().click()
    await expect(this.page).toHaveURL(/#\/a\/[^/]+\//)
    return this.assessmentId()
  }

  assessmentId(): string {
    const match = /#\/a\/([^/?]+)/.exec(this.page.url())
    if (!match?.[1]) throw new Error(`not in an assessment: ${this.page.url()}`)
    return match[1]
  }

  async goTo(screen: 'results' | 'review' | 'audit', id = this.assessmentId()): Promise<void> {
    await this.page.goto(`/#/a/${id}/${screen}`)
    await expect(this.page.getByTestId(`${screen}-screen`)).toBeVisible()
  }

  /** Waits until every write has committed (the header's save indicator). */
  async saved(): Promise<void> {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  }

  async waitForCharts(): Promise<void> {
    for (const id of ['chart-bar', 'chart-radar']) {
      const chart = this.page.getByTestId(id)
      await expect(chart).toHaveAttribute('data-chart-state', 'ready')
      await expect(chart.locator('svg path').first()).toBeAttached()
    }
  }

  async exportFile() {
    const download = await expectDownload(this.page, () =>
      this.page.getByTestId('export-assessment').click()
    )
    return { download, ...(await readAssessmentDownload(download)) }
  }

  async finalize(signer?: string): Promise<void> {
    await this.page.getByTestId('finalize').click()
    const dialog = this.page.getByRole('dialog')
    if (signer !== undefined) await dialog.getByTestId('finalize-signer').fill(signer)
    await dialog.getByTestId('finalize-confirm').click()
    await expect(this.page.getByTestId('review-status')).toHaveAttribute('data-status', 'finalized')
  }

  async reopen(reason: string): Promise<void> {
    await this.page.getByTestId('reopen').click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByTestId('reopen-reason').fill(reason)
    await dialog.getByTestId('reopen-confirm').click()
    await expect(this.page.getByTestId('review-status')).toHaveAttribute('data-status', 'inReview')
  }

  auditRows(action?: string): Locator {
    const rows = this.page.getByTestId('audit-row')
    return action ? rows.and(this.page.locator(`[data-action="${action}"]`)) : rows
  }

  findingRow(findingId: string): Locator {
    return this.page.getByTestId(`finding-${findingId}`)
  }
}
