import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { expectDownload } from '../downloads'
import type { UiText } from './ui-text'

/** The settings screen: general settings, storage state and app information. */
export class SettingsPage {
  readonly assessorName: Locator
  readonly maxEvidence: Locator
  readonly nameState: Locator
  readonly limitState: Locator
  readonly storage: Locator
  readonly storagePersisted: Locator
  readonly storageUsage: Locator
  readonly appInfo: Locator
  readonly exportDiagnosticsButton: Locator
  readonly answerAndAdvance: Locator
  readonly answerAndAdvanceState: Locator

  constructor(
    readonly page: Page,
    text: UiText
  ) {
    this.assessorName = page.getByLabel(text('settings.general.assessorName'))
    this.maxEvidence = page.getByLabel(text('settings.general.maxEvidence'))
    this.nameState = page.getByTestId('assessor-name-state')
    this.limitState = page.getByTestId('max-evidence-state')
    this.storage = page.getByTestId('storage-state')
    this.storagePersisted = this.storage.getByTestId('storage-persisted')
    this.storageUsage = this.storage.getByTestId('storage-usage')
    this.appInfo = page.getByTestId('app-info')
    this.exportDiagnosticsButton = page.getByTestId('export-diagnostics')
    this.answerAndAdvance = page.getByLabel(text('settings.general.answerAndAdvance'))
    this.answerAndAdvanceState = page.getByTestId('answer-and-advance-state')
  }

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
