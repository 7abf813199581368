import { readFile } from 'node:fs/promises'
import { expect, type Download } from '@playwright/test'
import { readAssessmentDownload } from '../assessment-file'
import { chooseExchangeItem, chooseMenuItem, expectDownload } from '../downloads'
import { chooseProtection, type Protection } from './protection'
import { PageObject } from './page-object'

/** The screens of an open assessment that have their own address. */
export type WorkspaceScreen = 'results' | 'findings' | 'compare' | 'review' | 'audit' | 'report'

/** The frame around an open assessment: its header figures, save state and exports. */
export class Workspace extends PageObject {
  readonly header = this.page.locator('.workspace-header')
  readonly sidebar = this.page.getByTestId('workspace-sidebar')
  readonly saveState = this.page.getByTestId('save-state')
  readonly overallScore = this.page.getByTestId('overall-score')
  readonly overallLevel = this.page.getByTestId('overall-level')
  readonly exportReportButton = this.page.getByTestId('export-report')

  /** The id of the assessment the app has open (`#/a/<id>/…`). */
  assessmentId(): string {
    const match = /#\/a\/([^/?]+)/.exec(this.page.url())
    if (!match?.[1]) throw new Error(`not in an assessment: ${this.page.url()}`)
    return match[1]
  }

  async goTo(screen: WorkspaceScreen, id = this.assessmentId()): Promise<void> {
    await this.page.goto(`/#/a/${id}/${screen}`)
    await expect(this.page.getByTestId(`${screen}-screen`)).toBeVisible()
  }

  /** Waits until every write has committed (the header's save indicator). */
  async saved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }

  /** Exports the assessment file and reads it as the app would. */
  async exportFile() {
    const download = await expectDownload(this.page, () =>
      this.page.getByTestId('export-assessment').click()
    )
    return { download, ...(await readAssessmentDownload(download)) }
  }

  /**
   * Exports the scored workbook or the Word report from the header's Export report menu; with a
   * password, through the menu's protected choice and its password dialog.
   */
  exportReport(format: 'xlsx' | 'docx' = 'xlsx', password?: string): Promise<Download> {
    if (password === undefined)
      return expectDownload(this.page, () =>
        chooseMenuItem(this.page, 'export-report', `export-report-${format}`)
      )
    return expectDownload(this.page, async () => {
      await chooseMenuItem(this.page, 'export-report', `export-report-${format}-protected`)
      await chooseProtection(this.page, { passphrase: password })
    })
  }

  /** Chooses PDF: in the browser build the report's print view opens. */
  async openPrintView(): Promise<void> {
    await chooseMenuItem(this.page, 'export-report', 'export-report-pdf')
    await expect(this.page.getByTestId('print-view')).toBeVisible({ timeout: 60_000 })
  }

  /** The stored assessment, read from the assessment file its results screen exports. */
  async storedAssessment(id: string) {
    await this.goTo('results', id)
    return (await this.exportFile()).assessment
  }

  /**
   * Exports the open assessment as a package (Exchange menu), without encryption unless a
   * passphrase is given; returns the file's path and bytes.
   */
  async exportPackage(
    protection: Protection = 'none'
  ): Promise<{ path: string; bytes: Uint8Array }> {
    const download = await expectDownload(this.page, async () => {
      await this.exchange('export-package')
      await chooseProtection(this.page, protection)
    })
    expect(download.suggestedFilename()).toMatch(
      protection === 'none' ? /\.package\.zip$/ : /\.sapkg$/
    )
    const path = await download.path()
    return { path, bytes: new Uint8Array(await readFile(path)) }
  }

  /** Exports the fill-in questionnaire form (Exchange menu). */
  exportQuestionnaireForm(): Promise<Download> {
    return expectDownload(this.page, () => this.exchange('export-questionnaire-form'))
  }

  /** Chooses an item of the header's Exchange menu (see chooseExchangeItem). */
  exchange(itemTestId: 'export-package' | 'export-questionnaire-form'): Promise<void> {
    return chooseExchangeItem(this.page, itemTestId)
  }
}
