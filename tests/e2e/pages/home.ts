import { expect, type Locator, type Page } from '@playwright/test'

type View = 'all' | 'draft' | 'inReview' | 'finalized' | 'trash'

/** The assessments home screen: the list, its search, views and sort, and the row actions. */
export class HomePage {
  readonly rows: Locator
  readonly search: Locator
  readonly newButton: Locator
  readonly sampleButton: Locator
  readonly empty: Locator

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('assessment-row')
    this.search = page.getByTestId('assessment-search')
    this.newButton = page.getByTestId('new-assessment')
    this.sampleButton = page.getByTestId('open-sample')
    this.empty = page.getByTestId('assessments-empty')
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="assessment-row"][data-assessment-id="${id}"]`)
  }

  rowOf(institution: string): Locator {
    return this.rows.filter({ hasText: institution })
  }

  async show(view: View): Promise<void> {
    await this.page.getByTestId('status-filter').locator(`[data-view="${view}"]`).click()
  }

  /** Sorts by a column, by clicking its header until the order is the one asked for. */
  async sortBy(header: string, order: 'ascending' | 'descending'): Promise<void> {
    const column = this.page.getByRole('columnheader', { name: header })
    for (let i = 0; i < 3; i++) {
      const current = await column.getAttribute('aria-sort')
      if (current === order) return
      await column.click()
      // Wait for the header to show this click's order before deciding on another click.
      if (current === null) await expect(column).toHaveAttribute('aria-sort')
      else await expect(column).not.toHaveAttribute('aria-sort', current)
    }
    await expect(column).toHaveAttribute('aria-sort', order)
  }

  /** Waits until the rows on screen are those of the current view, search, sort and page. */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('assessment-list')).toHaveAttribute(
      'data-list-state',
      'ready'
    )
  }

  async institutions(): Promise<string[]> {
    await this.settled()
    return this.rows.locator('td strong').allInnerTexts()
  }

  /** The id of the assessment the app has open (`#/a/<id>/…`). */
  openedId(): string {
    const match = /#\/a\/([^/?]+)/.exec(this.page.url())
    if (!match?.[1]) throw new Error(`not in an assessment: ${this.page.url()}`)
    return match[1]
  }

  /** A fresh copy of the sample assessment, opened on its first screen; returns its id. */
  async openSample(): Promise<string> {
    await this.sampleButton.click()
    // Wait for the screen inside the assessment, not just its address: the app routes on from
    // `#/a/<id>` by itself, and would override a test's own navigation made before that.
    await expect(this.page).toHaveURL(/#\/a\/[^/]+\//)
    return this.openedId()
  }
}
