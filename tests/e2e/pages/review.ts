import { expect, type Locator, type Page } from '@playwright/test'
import { named, type UiText } from './ui-text'

type ChecklistGroup = 'unanswered' | 'errors' | 'warnings' | 'flagged' | 'unevidenced' | 'factors'

/** The review screen: status, the pre-finalize checklist, the seal and the sign-off dialogs. */
export class ReviewPage {
  readonly status: Locator
  readonly submitButton: Locator
  readonly finalizeButton: Locator
  readonly reopenButton: Locator
  readonly seal: Locator
  readonly sealBy: Locator
  readonly sealHash: Locator
  readonly finalizeDialog: FinalizeDialog
  readonly reopenDialog: ReopenDialog

  constructor(
    readonly page: Page,
    readonly text: UiText
  ) {
    this.status = page.getByTestId('review-status')
    const action = (key: string) =>
      page.getByRole('button', { name: named(text(`review.actions.${key}`)) })
    this.submitButton = action('submit')
    this.finalizeButton = action('finalize')
    this.reopenButton = action('reopen')
    this.seal = page.getByTestId('seal-record')
    this.sealBy = page.getByTestId('seal-by')
    this.sealHash = page.getByTestId('seal-hash')
    this.finalizeDialog = new FinalizeDialog(page, text)
    this.reopenDialog = new ReopenDialog(page, text)
  }

  /** The checklist's items of one group (`data-target` names the question). */
  checklistItems(group: ChecklistGroup): Locator {
    return this.page.getByTestId('checklist-item').and(this.page.locator(`[data-group="${group}"]`))
  }

  /** Follows a checklist item's link to the question it is about. */
  async goToItem(item: Locator): Promise<void> {
    await item.getByRole('link').click()
  }

  async expectStatus(status: 'draft' | 'inReview' | 'finalized'): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', status)
  }

  async submit(): Promise<void> {
    await this.submitButton.click()
    await this.expectStatus('inReview')
  }

  async finalize(signer?: string): Promise<void> {
    await this.finalizeButton.click()
    if (signer !== undefined) await this.finalizeDialog.signer.fill(signer)
    await this.finalizeDialog.confirm.click()
    await this.expectStatus('finalized')
  }

  async reopen(reason: string): Promise<void> {
    await this.reopenButton.click()
    await this.reopenDialog.reason.fill(reason)
    await this.reopenDialog.confirm.click()
    await this.expectStatus('inReview')
  }
}

/** Finalize and sign: what is still open, who signs. */
export class FinalizeDialog {
  readonly root: Locator
  readonly openItems: Locator
  readonly signer: Locator
  readonly confirm: Locator

  constructor(page: Page, text: UiText) {
    this.root = page.getByRole('dialog', { name: text('review.finalizeDialog.title') })
    this.openItems = this.root.getByTestId('finalize-open-items')
    this.signer = this.root.getByTestId('finalize-signer')
    this.confirm = this.root.getByRole('button', {
      name: named(text('review.finalizeDialog.confirm'))
    })
  }
}

/** Reopen a finalized assessment: the reason is required. */
export class ReopenDialog {
  readonly root: Locator
  readonly reason: Locator
  readonly confirm: Locator

  constructor(page: Page, text: UiText) {
    this.root = page.getByRole('dialog', { name: text('review.reopenDialog.title') })
    this.reason = this.root.getByTestId('reopen-reason')
    this.confirm = this.root.getByRole('button', {
      name: named(text('review.reopenDialog.confirm'))
    })
  }
}
