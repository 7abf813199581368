import type { Locator, Page } from '@playwright/test'
import { named, type UiText } from './ui-text'

/** The browser build's "file ready — save" notice, for a file whose click activation expired. */
export class DownloadReady {
  readonly notice: Locator
  readonly save: Locator
  readonly dismiss: Locator

  constructor(page: Page, text: UiText) {
    this.notice = page.getByTestId('download-ready')
    this.save = this.notice.getByRole('button', { name: named(text('downloads.save')) })
    this.dismiss = this.notice.getByRole('button', { name: named(text('downloads.dismiss')) })
  }
}
