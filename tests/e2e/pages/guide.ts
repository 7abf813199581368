import type { Locator } from '@playwright/test'
import { WordedPageObject } from './page-object'

/** The user guide inside the app (`#/guide/<section>`), and the links that open it. */
export class GuidePage extends WordedPageObject {
  readonly screen = this.page.getByTestId('guide-screen')
  readonly pictures = this.screen.getByRole('img')
  readonly fromSettings = this.page.getByRole('link', { name: this.text('guide.open') })
  readonly fromKeyboardHelp = this.page.getByRole('link', { name: this.text('guide.openKeyboard') })

  section(id: string): Locator {
    return this.screen.locator(`#guide-${id}`)
  }

  /** How many of the guide's pictures have loaded (a broken one has no natural width). */
  loadedPictures(): Promise<number> {
    return this.pictures.evaluateAll(
      (images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length
    )
  }
}
