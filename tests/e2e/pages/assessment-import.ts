import type { Locator, Page } from '@playwright/test'
import type { UiText } from './ui-text'

/** Importing an assessment file from the home screen, and the dialog that reports the outcome. */
export class AssessmentImport {
  readonly input: Locator
  readonly dialog: Locator
  /** The outcome (`data-kind`: imported, issues…). */
  readonly report: Locator
  readonly issues: Locator
  readonly copyNotice: Locator
  readonly openButton: Locator
  readonly closeButton: Locator

  constructor(
    readonly page: Page,
    text: UiText
  ) {
    this.input = page.getByTestId('import-file')
    this.report = page.getByTestId('import-report')
    this.dialog = page.getByRole('dialog').filter({ has: this.report })
    this.issues = page.getByTestId('import-issue')
    this.copyNotice = page.getByTestId('import-copy-notice')
    this.openButton = this.dialog.getByRole('button', { name: text('assessmentFile.open') })
    this.closeButton = this.dialog.getByRole('button', { name: text('assessmentFile.close') })
  }

  /** Picks a file on disk, or one made in the test. */
  async pick(file: string | { name: string; content: string }): Promise<void> {
    await this.input.setInputFiles(
      typeof file === 'string'
        ? file
        : {
            name: file.name,
            mimeType: 'application/json',
            buffer: Buffer.from(file.content, 'utf8')
          }
    )
  }

  async close(): Promise<void> {
    await this.closeButton.click()
  }
}
