import type { Download, Locator } from '@playwright/test'
import { expectDownload } from '../downloads'
import { WordedPageObject } from './page-object'

/** The banks screen (installed banks, import and the template) and a bank's read-only page. */
export class BanksPage extends WordedPageObject {
  readonly rows = this.page.getByTestId('bank-row')
  readonly importFile = this.page.getByTestId('import-file')
  readonly importErrors = this.page.getByTestId('import-errors')
  /** The refused file's problems, one row each: where (its place, worded) and why. */
  readonly importErrorRows = this.importErrors.getByTestId('import-issue')
  readonly template = this.page.getByTestId('download-template')

  /** Picks a file through the import control, as a user would with the file dialog. */
  async importBytes(name: string, buffer: Buffer, mimeType: string): Promise<void> {
    await this.importFile.setInputFiles({ name, mimeType, buffer })
  }

  /** One cell of an import problem's row: where 0, why 1. */
  errorCell(row: number, cell: number): Locator {
    return this.importErrorRows.nth(row).locator('td').nth(cell)
  }

  /** The problems whose reason contains `text`. */
  errorRows(text: string | RegExp): Locator {
    return this.importErrorRows.filter({ hasText: text })
  }

  downloadTemplate(): Promise<Download> {
    return expectDownload(this.page, () => this.template.click())
  }

  async browse(index = 0): Promise<void> {
    await this.rows.nth(index).getByRole('link').first().click()
  }

  /** On a bank's page: a section's question links. */
  readonly section = this.keyed<[id: string]>('bank-section')
  readonly question = this.keyed<[id: string]>('bank-question')

  /** A question's maturity anchors, one per level. */
  anchors(questionId: string): Locator {
    return this.question(questionId).locator('ol li')
  }

  readonly factor = this.keyed<[id: string]>('bank-factor')

  /** Opens the factors tab, named as the user reads it (this.text words it in the app's language). */
  async showFactors(name = this.text('banks.browse.tabs.factors')): Promise<void> {
    await this.page.getByRole('tab', { name }).click()
  }

  /** The effective-weights tab: its table and one item's row (question or factor id). */
  readonly weights = this.page.getByTestId('bank-weights')

  async showWeights(): Promise<void> {
    await this.page.getByRole('tab', { name: this.text('banks.browse.tabs.weights') }).click()
  }

  readonly weight = this.keyed<[id: string]>('bank-weight')

  /** The share of the overall score shown for one item, as the reader sees it ("2.36%"). */
  weightShare(id: string): Locator {
    return this.weight(id).getByTestId('weight-share')
  }

  /** The ids of the weights table's rows, top to bottom. */
  async weightIds(): Promise<string[]> {
    const ids = await this.weights
      .locator('tr[data-testid^="bank-weight-"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid') ?? ''))
    return ids.map((id) => id.replace('bank-weight-', ''))
  }

  /** Sorts the weights table by a column, clicking its heading (named in the app's language). */
  async sortWeightsBy(column: string): Promise<void> {
    await this.weights
      .locator('th')
      .filter({ hasText: new RegExp(`^${this.text(`banks.browse.weights.columns.${column}`)}$`) })
      .click()
  }

  /** A button named by antd's own locale (the copy button of a formula), not by ours. */
  antdButton(name: string): Locator {
    return this.page.getByRole('button', { name })
  }
}
