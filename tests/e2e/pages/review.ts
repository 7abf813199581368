import { expect, type Locator } from '@playwright/test'
import { expectOpened } from '../motion'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

type ChecklistGroup = 'unanswered' | 'errors' | 'warnings' | 'flagged' | 'unevidenced' | 'factors'

/** The review screen: status, the pre-finalize checklist, the seal and the sign-off dialogs. */
export class ReviewPage extends WordedPageObject {
  readonly status = this.page.getByTestId('review-status')
  readonly submitButton = this.action('submit')
  readonly finalizeButton = this.action('finalize')
  readonly reopenButton = this.action('reopen')
  readonly seal = this.page.getByTestId('seal-record')
  readonly sealBy = this.page.getByTestId('seal-by')
  readonly sealHash = this.page.getByTestId('seal-hash')
  readonly finalizeDialog = new FinalizeDialog(this.page, this.text)
  readonly reopenDialog = new ReopenDialog(this.page, this.text)

  /** A sign-off action's button, by its name. */
  private action(key: string): Locator {
    return this.page.getByRole('button', { name: named(this.text(`review.actions.${key}`)) })
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
    // A confirm clicked while the dialog still zooms in can land beside its button (seen in CI).
    await expectOpened(this.finalizeDialog.root)
    if (signer !== undefined) await this.finalizeDialog.signer.fill(signer)
    await this.finalizeDialog.confirm.click()
    await this.expectStatus('finalized')
  }

  async reopen(reason: string): Promise<void> {
    await this.reopenButton.click()
    await expectOpened(this.reopenDialog.root)
    await this.reopenDialog.reason.fill(reason)
    await this.reopenDialog.confirm.click()
    await this.expectStatus('inReview')
  }
}

/** Finalize and sign: what is still open, who signs. */
export class FinalizeDialog extends WordedPageObject {
  readonly root = this.page.getByRole('dialog', { name: this.text('review.finalizeDialog.title') })
  readonly openItems = this.root.getByTestId('finalize-open-items')
  readonly signer = this.root.getByTestId('finalize-signer')
  readonly confirm = this.root.getByRole('button', {
    name: named(this.text('review.finalizeDialog.confirm'))
  })
}

/** Reopen a finalized assessment: the reason is required. */
export class ReopenDialog extends WordedPageObject {
  readonly root = this.page.getByRole('dialog', { name: this.text('review.reopenDialog.title') })
  readonly reason = this.root.getByTestId('reopen-reason')
  readonly confirm = this.root.getByRole('button', {
    name: named(this.text('review.reopenDialog.confirm'))
  })
}
