import type { Locator } from '@playwright/test'
import { WordedPageObject } from './page-object'

/** The audit log screen: one row per change, newest first, and its filters. */
export class AuditPage extends WordedPageObject {
  readonly targetFilter = this.page.getByRole('combobox', {
    name: this.text('audit.filters.target')
  })

  /** The rows, of one action (`answer.set`, `assessment.finalize`…) and target if given. */
  rows(action?: string, target?: string): Locator {
    let rows = this.page.getByTestId('audit-row')
    if (action) rows = rows.and(this.page.locator(`[data-action="${action}"]`))
    if (target) rows = rows.and(this.page.locator(`[data-target="${target}"]`))
    return rows
  }

  /** The old and new value of one field of an entry (`value`, `status`…). */
  change(row: Locator, field: string): { old: Locator; new: Locator } {
    const change = row.locator(`[data-field="${field}"]`)
    return { old: change.getByTestId('audit-old'), new: change.getByTestId('audit-new') }
  }

  reason(row: Locator): Locator {
    return row.getByTestId('audit-reason')
  }

  /** Shows only the entries about one question or object, typed as a user would. */
  async filterByTarget(target: string): Promise<void> {
    await this.targetFilter.click()
    await this.page.keyboard.type(target)
    await this.page.keyboard.press('Enter')
  }

  /** Every target shown, in order. */
  targets(): Promise<Array<string | null>> {
    return this.rows().evaluateAll((els) => els.map((el) => el.getAttribute('data-target')))
  }
}
