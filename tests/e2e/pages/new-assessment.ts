import { expect, type Locator } from '@playwright/test'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** The new-assessment form: its fields by their labels. */
export class NewAssessmentPage extends WordedPageObject {
  readonly institution = this.field('institution')
  readonly periodStart = this.field('periodStart')
  readonly periodEnd = this.field('periodEnd')
  readonly assessor = this.field('assessors')
  readonly bank = this.field('bank')
  readonly create = this.page.getByRole('button', {
    name: named(this.text('newAssessment.create'))
  })

  /** A field by its label. */
  private field(name: string): Locator {
    // Not a column header: while the form loads lazily, the list's 被评估机构 header answers the label.
    return this.page
      .getByLabel(this.text(`newAssessment.fields.${name}`))
      .and(this.page.locator(':not(th)'))
  }

  /** The inline error shown under a field (antd's form item explanation). */
  errorOf(field: Locator): Locator {
    return this.page
      .locator('.ant-form-item')
      .filter({ has: field })
      .locator('.ant-form-item-explain-error')
  }

  /** Adds key systems by name, each as a new row of the systems editor. */
  async addSystems(...names: string[]): Promise<void> {
    for (const name of names) {
      await this.page.getByRole('button', { name: named(this.text('systems.add')) }).click()
      await this.page.locator('[data-testid^="system-name-"]').last().fill(name)
    }
  }

  /** Adds a common system (`trading`, `online`, …) with one click. */
  async addPreset(key: string): Promise<void> {
    await this.page.getByTestId(`system-preset-${key}`).click()
  }

  /** Whether a system of the form is marked real-time. */
  readonly systemRealTime = this.keyed<[systemId: string]>('system-realtime')

  /** The banks the form offers, as the user sees them in the open drop-down. */
  async offeredBanks(): Promise<Locator> {
    await this.bank.click()
    // antd renders a hidden ARIA copy of the options; the user sees the dropdown's items.
    return this.page.locator('.ant-select-dropdown .ant-select-item-option')
  }

  /**
   * Creates an assessment through the form (only what is given; the rest defaults) and waits for
   * its first section's questions; returns its id.
   */
  async createAssessment(institution: string, systems: string[] = []): Promise<string> {
    await this.page.goto('/#/assessments/new')
    await this.institution.fill(institution)
    if (systems.length > 0) await this.addSystems(...systems)
    await this.create.click()
    await expect(this.page).toHaveURL(/#\/a\/[^/]+\/s\//)
    await expect(this.page.locator('[data-testid^="question-"]').first()).toBeVisible()
    return /#\/a\/([^/?]+)/.exec(this.page.url())![1]!
  }
}
