import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** The browser build's "file ready — save" notice, for a file whose click activation expired. */
export class DownloadReady extends WordedPageObject {
  readonly notice = this.page.getByTestId('download-ready')
  readonly save = this.notice.getByRole('button', { name: named(this.text('downloads.save')) })
  readonly dismiss = this.notice.getByRole('button', {
    name: named(this.text('downloads.dismiss'))
  })
}
