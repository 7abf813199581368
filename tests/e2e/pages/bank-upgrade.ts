import type { Locator } from '@playwright/test'
import { WordedPageObject } from './page-object'

/** 升级题库 / Upgrade bank: the plan of moving an assessment to another version of its bank. */
export class BankUpgradePage extends WordedPageObject {
  readonly root = this.page.getByTestId('bank-upgrade-page')
  readonly current = this.page.getByTestId('upgrade-current')
  readonly plan = this.page.getByTestId('bank-upgrade-plan')
  readonly fates = this.page.getByTestId('upgrade-fates')
  readonly itemChanges = this.page.getByTestId('upgrade-item-changes')
  readonly apply = this.page.getByTestId('upgrade-apply')
  readonly applyConfirm = this.page.getByTestId('upgrade-apply-confirm')
  readonly undoPanel = this.page.getByTestId('upgrade-undo-panel')
  readonly undo = this.page.getByTestId('upgrade-undo')
  readonly target = this.page.getByTestId('upgrade-target')
  readonly noTarget = this.page.getByTestId('upgrade-no-target')
  readonly itemCounts = this.page.getByTestId('upgrade-item-counts')

  /** The item-changes row of a question or factor, by its id in the new version. */
  change(id: string): Locator {
    return this.itemChanges.getByTestId(`upgrade-change-${id}`)
  }

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/bank-upgrade`)
    await this.root.waitFor()
  }

  /** The number shown for an outcome: carried, confirm or notCarried. */
  count(outcome: 'carried' | 'confirm' | 'notCarried'): Locator {
    return this.page.getByTestId(`upgrade-count-${outcome}`).locator('.ant-statistic-content-value')
  }

  score(when: 'before' | 'after'): Locator {
    return this.page.getByTestId(`upgrade-score-${when}`).locator('.ant-statistic-content-value')
  }

  /** The fates table's row of an answer or factor entry (its id is in the second cell). */
  fate(id: string): Locator {
    return this.fates.locator('tbody tr').filter({
      has: this.page.locator('td:nth-child(2)', {
        hasText: new RegExp(`^${id.replace('.', '\\.')}$`)
      })
    })
  }
}
