import { WordedPageObject } from './page-object'
import { named } from './ui-text'

/** Importing an assessment file from the home screen, and the dialog that reports the outcome. */
export class AssessmentImport extends WordedPageObject {
  readonly input = this.page.getByTestId('import-file')
  /** The outcome (`data-kind`: imported, issues…). */
  readonly report = this.page.getByTestId('import-report')
  readonly dialog = this.page.getByRole('dialog').filter({ has: this.report })
  readonly issues = this.page.getByTestId('import-issue')
  readonly copyNotice = this.page.getByTestId('import-copy-notice')
  readonly openButton = this.dialog.getByRole('button', { name: this.text('assessmentFile.open') })
  /** The footer's Close (the dialog's × is named Close / 关闭 too; antd spaces out 关 闭). */
  readonly closeButton = this.dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: named(this.text('assessmentFile.close')) })

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
