import type { Locator, Page } from '@playwright/test'
import type { UiText } from './ui-text'

/** 升级题库 / Upgrade bank: the plan of moving an assessment to another version of its bank. */
export class BankUpgradePage {
  readonly root: Locator
  readonly current: Locator
  readonly plan: Locator
  readonly fates: Locator
  readonly itemChanges: Locator
  readonly apply: Locator
  readonly applyConfirm: Locator
  readonly undoPanel: Locator
  readonly undo: Locator

  constructor(
    readonly page: Page,
    readonly text: UiText
  ) {
    this.root = page.getByTestId('bank-upgrade-page')
    this.current = page.getByTestId('upgrade-current')
    this.plan = page.getByTestId('bank-upgrade-plan')
    this.fates = page.getByTestId('upgrade-fates')
    this.itemChanges = page.getByTestId('upgrade-item-changes')
    this.apply = page.getByTestId('upgrade-apply')
    this.applyConfirm = page.getByTestId('upgrade-apply-confirm')
    this.undoPanel = page.getByTestId('upgrade-undo-panel')
    this.undo = page.getByTestId('upgrade-undo')
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
