import { expect, type Download, type Locator } from '@playwright/test'
import { expectDownload } from '../downloads'
import type { UiText } from './ui-text'
import { WordedPageObject } from './page-object'

/** The remediation register (问题清单): summary, filters, bulk assignment, rows and the drawer. */
export class RegisterPage extends WordedPageObject {
  readonly rows = this.page
    .getByTestId('findings-table')
    .locator('tbody tr[data-testid^="finding-"]')
  readonly drawer = new FindingDrawer(this.page.getByTestId('finding-drawer'), this.text)
  readonly bulkOwner = this.page.getByTestId('bulk-owner')
  readonly bulkDue = this.page.getByTestId('bulk-due')
  readonly bulkApply = this.page.getByTestId('bulk-apply')
  readonly shown = this.page.getByTestId('register-shown')
  /** The feedback workbook's import: the file input, the problems found (`data-kind`), continue. */
  readonly feedbackInput = this.page.getByTestId('import-feedback-workbook')
  readonly feedbackReport = this.page.getByTestId('feedback-report')
  readonly feedbackIssues = this.feedbackReport.getByTestId('import-issue')
  readonly feedbackContinue = this.page.getByTestId('feedback-continue')

  /** Exports the auditee's feedback workbook (事实确认) from the register. */
  exportFeedbackWorkbook(): Promise<Download> {
    return expectDownload(this.page, () =>
      this.page.getByTestId('export-feedback-workbook').click()
    )
  }

  /** Picks a filled feedback workbook to import. */
  async importFeedbackWorkbook(name: string, buffer: Buffer): Promise<void> {
    await this.feedbackInput.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer
    })
  }

  /** A headline figure (total, high, urgent, overdue, repeat, carried, awaiting). */
  figure(name: string): Locator {
    return this.page.getByTestId(`register-${name}`).locator('.ant-statistic-content-value')
  }

  /** A finding's row, by the finding's id. */
  finding(findingId: string): FindingRow {
    return new FindingRow(this.page.getByTestId(`finding-${findingId}`), this.text)
  }

  /** The id of the finding listed first. */
  async firstFindingId(): Promise<string> {
    const testId = await this.rows.first().getAttribute('data-testid')
    return testId!.replace(/^finding-/, '')
  }

  /** The ids of the findings listed, in order (the first page). */
  async listedIds(): Promise<string[]> {
    const ids = await this.rows.evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-testid')!.replace(/^finding-/, ''))
    )
    return ids
  }

  /** A finding's status, chosen from its drop-down by the label shown. */
  async chooseStatus(findingId: string, label: string): Promise<void> {
    await this.pickOption(this.finding(findingId).status, label)
  }

  /** Ticks the rows of these findings for bulk assignment. */
  async select(findingIds: string[]): Promise<void> {
    for (const id of findingIds) await this.finding(id).row.locator('.ant-checkbox-input').check()
  }

  /** Types into the register's search box (id, finding or department). */
  async search(text: string): Promise<void> {
    await this.page
      .getByRole('searchbox', { name: this.text('remediation.filters.search') })
      .or(this.page.getByLabel(this.text('remediation.filters.search')))
      .first()
      .fill(text)
  }

  async openDrawer(findingId: string): Promise<void> {
    await this.finding(findingId).row.getByTestId('finding-edit').click()
    await expect(this.drawer.root).toBeVisible()
  }
}

/** One row of the register: who, by when, and its status. */
export class FindingRow {
  readonly owner: Locator
  readonly dueDate: Locator
  /** The status drop-down (its text is the chosen status). */
  readonly status: Locator
  readonly risk: Locator
  readonly repeat: Locator
  readonly carried: Locator
  readonly overdue: Locator
  /** The department's answer (事实确认) as a tag; `data-response` holds its code. */
  readonly feedback: Locator

  constructor(
    readonly row: Locator,
    text: UiText
  ) {
    this.owner = row.getByLabel(text('remediation.columns.owner'))
    this.dueDate = row.getByLabel(text('remediation.columns.dueDate'))
    this.status = row.getByTestId('finding-status')
    this.risk = row.getByTestId('finding-risk')
    this.repeat = row.getByTestId('finding-repeat')
    this.carried = row.getByTestId('finding-carried')
    this.overdue = row.getByTestId('finding-overdue')
    this.feedback = row.getByTestId('finding-feedback')
  }
}

/** The drawer with one finding's whole record. */
export class FindingDrawer {
  readonly action: Locator
  readonly note: Locator
  readonly recheckDate: Locator
  readonly recheckBy: Locator
  readonly recheckResult: Locator
  readonly recheckSave: Locator
  readonly history: Locator

  constructor(
    readonly root: Locator,
    text: UiText
  ) {
    this.action = root.getByLabel(text('remediation.drawer.recommendation'))
    this.note = root.getByLabel(text('remediation.drawer.note'))
    this.recheckDate = root.getByTestId('recheck-date')
    this.recheckBy = root.getByTestId('recheck-by')
    this.recheckResult = root.getByTestId('recheck-result')
    this.recheckSave = root.getByTestId('recheck-save')
    this.history = root.getByTestId('finding-history')
  }

  async close(): Promise<void> {
    await this.root.locator('.ant-drawer-close').click()
    await expect(this.root).toBeHidden()
  }
}
