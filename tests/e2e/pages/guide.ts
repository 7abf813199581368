import type { Locator, Page } from '@playwright/test'
import type { UiText } from './ui-text'

/** The user guide inside the app (`#/guide/<section>`), and the links that open it. */
export class GuidePage {
  readonly screen: Locator
  readonly pictures: Locator
  readonly fromSettings: Locator
  readonly fromKeyboardHelp: Locator

  constructor(
    readonly page: Page,
    readonly text: UiText
  ) {
    this.screen = page.getByTestId('guide-screen')
    this.pictures = this.screen.getByRole('img')
    this.fromSettings = page.getByRole('link', { name: text('guide.open') })
    this.fromKeyboardHelp = page.getByRole('link', { name: text('guide.openKeyboard') })
  }

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
