import { expect, type Download, type Locator } from '@playwright/test'
import { expectDownload } from '../downloads'
import { chooseProtection, type Protection } from './protection'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

type View = 'all' | 'draft' | 'inReview' | 'finalized' | 'trash'
type RowAction = 'duplicate' | 'trash' | 'restore' | 'purge'

/** The assessments home screen: the list, its search, views and sort, and the row actions. */
export class HomePage extends WordedPageObject {
  readonly rows = this.page.getByTestId('assessment-row')
  /** The list itself (absent while the list is empty or cannot be read). */
  readonly table = this.page.getByTestId('assessment-table')
  readonly search = this.page.getByRole('textbox', {
    name: this.text('assessments.filters.search')
  })
  // The header's button, by name; the empty list shows a second one with the same name.
  readonly newButton = this.page
    .getByTestId('new-assessment')
    .and(this.page.getByRole('button', { name: named(this.text('assessments.actions.new')) }))
  readonly sampleButton = this.page.getByTestId('open-sample')
  readonly empty = this.page.getByTestId('assessments-empty')
  readonly exportSelectedReportButton = this.page.getByTestId('export-selected-report')
  readonly exportPackageButton = this.page.getByTestId('export-package')
  /** The consolidated export's progress (shown only while it runs). */
  readonly exportProgress = this.page.getByTestId('export-progress')
  /** The purge confirmation. */
  readonly purgeDialog = this.page.getByRole('dialog').filter({
    hasText: this.text('assessments.purgeConfirm.title')
  })

  row(id: string): Locator {
    return this.page.locator(`[data-testid="assessment-row"][data-assessment-id="${id}"]`)
  }

  rowOf(institution: string): Locator {
    return this.rows.filter({ hasText: institution })
  }

  /** The score a row shows. */
  score(id: string): Locator {
    return this.row(id).getByTestId('row-score')
  }

  /** A row's completion bar (`data-value` is the percentage). */
  completion(id: string): Locator {
    return this.row(id).locator('.ant-progress')
  }

  /** A row's action button, by the name a user reads (or hears, for the icon buttons). */
  action(id: string, action: RowAction): Locator {
    return this.row(id).getByRole('button', {
      name: named(this.text(`assessments.actions.${action}`))
    })
  }

  /** Ticks a row's selection box (selecting never opens the assessment). */
  async select(id: string): Promise<void> {
    await this.row(id).getByTestId('select-assessment').locator('input').check()
  }

  async purge(id: string): Promise<void> {
    await this.action(id, 'purge').click()
    await expect(this.purgeDialog).toBeVisible()
  }

  async confirmPurge(): Promise<void> {
    await this.purgeDialog
      .getByRole('button', { name: named(this.text('assessments.purgeConfirm.ok')) })
      .click()
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
    // Generous: making the sample (scored, with evidence) takes seconds on a loaded machine.
    await expect(this.page).toHaveURL(/#\/a\/[^/]+\//, { timeout: 30_000 })
    return this.openedId()
  }

  exportSelectedReport(): Promise<Download> {
    return expectDownload(this.page, () => this.exportSelectedReportButton.click())
  }

  /** Exports the selected assessments as one package, without encryption unless told. */
  exportPackage(protection: Protection = 'none'): Promise<Download> {
    return expectDownload(this.page, async () => {
      await this.exportPackageButton.click()
      await chooseProtection(this.page, protection)
    })
  }
}
