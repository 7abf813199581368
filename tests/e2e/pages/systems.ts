import { expect, type Locator } from '@playwright/test'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** An assessment's key-systems screen (the same editor is on the new-assessment form). */
export class SystemsPage extends WordedPageObject {
  readonly root = this.page.getByTestId('systems-page')
  readonly saveButton = this.page.getByRole('button', { name: named(this.text('systems.save')) })
  readonly unsaved = this.page.getByTestId('systems-unsaved')

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/systems`)
    await this.root.waitFor()
  }

  readonly name = this.keyed<[systemId: string]>('system-name')
  readonly realTime = this.keyed<[systemId: string]>('system-realtime')
  readonly window = this.keyed<[systemId: string]>('system-window')

  /** Adds a common system (`trading`, `online`, …) with one click. */
  async addPreset(key: string): Promise<void> {
    await this.page.getByTestId(`system-preset-${key}`).click()
  }

  /** Adds systems by name, each as a new row. */
  async addSystems(...names: string[]): Promise<void> {
    for (const name of names) {
      await this.page.getByRole('button', { name: named(this.text('systems.add')) }).click()
      await this.page.locator('[data-testid^="system-name-"]').last().fill(name)
    }
  }

  /** Picks a class (`4` → 第四类 / Class 4) from the row's drop-down. */
  async setClass(systemId: string, systemClass: 1 | 2 | 3 | 4 | 5): Promise<void> {
    const label = this.text(`systems.classes.${systemClass}`)
    await this.pickOption(this.page.getByTestId(`system-class-${systemId}`), label)
  }

  /** Removes a system; one whose figures were entered asks first (`confirmDialog`). */
  async remove(systemId: string): Promise<void> {
    await this.page.getByTestId(`system-remove-${systemId}`).click()
  }

  /** The question asked before a system with figures goes. */
  get confirmDialog(): Locator {
    return this.page.locator('.ant-modal-confirm')
  }

  async confirmRemove(): Promise<void> {
    await this.confirmDialog
      .getByRole('button', { name: named(this.text('systems.removeOk')) })
      .click()
  }

  /** Saves and waits until nothing is left unsaved. */
  async save(): Promise<void> {
    await this.saveButton.click()
    await expect(this.saveButton).toBeDisabled()
    await expect(this.unsaved).toHaveCount(0)
  }
}
