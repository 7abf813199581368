import { expect, type Download, type Locator } from '@playwright/test'
import { expectDownload } from '../downloads'
import { WordedPageObject } from './page-object'

/** The settings screen: general settings, storage state and app information. */
export class SettingsPage extends WordedPageObject {
  readonly assessorName = this.page.getByLabel(this.text('settings.general.assessorName'))
  readonly maxEvidence = this.page.getByLabel(this.text('settings.general.maxEvidence'))
  readonly nameState = this.page.getByTestId('assessor-name-state')
  readonly limitState = this.page.getByTestId('max-evidence-state')
  readonly storage = this.page.getByTestId('storage-state')
  readonly storagePersisted = this.storage.getByTestId('storage-persisted')
  readonly storageUsage = this.storage.getByTestId('storage-usage')
  readonly appInfo = this.page.getByTestId('app-info')
  readonly exportDiagnosticsButton = this.page.getByTestId('export-diagnostics')
  readonly answerAndAdvance = this.page.getByLabel(this.text('settings.general.answerAndAdvance'))
  readonly answerAndAdvanceState = this.page.getByTestId('answer-and-advance-state')

  language(label: string): Locator {
    return this.page.getByTestId('settings-language').getByText(label, { exact: true })
  }

  exportDiagnostics(): Promise<Download> {
    return expectDownload(this.page, () => this.exportDiagnosticsButton.click())
  }

  /** Sets the name this computer signs answers with, and waits until it is saved. */
  async setAssessorName(name: string): Promise<void> {
    await this.page.goto('/#/settings')
    await this.assessorName.fill(name)
    await expect(this.nameState).toHaveAttribute('data-state', 'saved')
  }

  /**
   * Turns answer-and-advance on or off (on by default) and waits until it is stored; opens
   * Settings first unless it is open.
   */
  async setAnswerAndAdvance(on: boolean): Promise<void> {
    if (!this.page.url().includes('#/settings')) await this.page.goto('/#/settings')
    const checked = (await this.answerAndAdvance.getAttribute('aria-checked')) === 'true'
    if (checked === on) return
    await this.answerAndAdvance.click()
    await expect(this.answerAndAdvance).toHaveAttribute('aria-checked', String(on))
    await expect(this.answerAndAdvanceState).toHaveAttribute('data-state', 'saved')
  }
}
