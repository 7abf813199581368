import type { Locator, Page } from '@playwright/test'

/** The banks screen: installed banks, import and the template. */
export class BanksPage {
  readonly rows: Locator
  readonly importFile: Locator
  readonly importErrors: Locator
  readonly template: Locator

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('bank-row')
    this.importFile = page.getByTestId('import-file')
    this.importErrors = page.getByTestId('import-errors')
    this.template = page.getByTestId('download-template')
  }

  /** Picks a file through the import control, as a user would with the file dialog. */
  async importBytes(name: string, buffer: Buffer, mimeType: string): Promise<void> {
    await this.importFile.setInputFiles({ name, mimeType, buffer })
  }

  async browse(index = 0): Promise<void> {
    await this.rows.nth(index).getByRole('link').first().click()
  }
}
