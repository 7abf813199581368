import { expect, type Locator } from '@playwright/test'
import { PageObject } from './page-object'

/** The evaluation factors screen. */
export class FactorsPage extends PageObject {
  readonly root = this.page.getByTestId('factors-page')
  /** Every factor's input fields. */
  readonly inputs = this.page.locator('[data-testid^="factor-input-"]')
  /** The registers panel: the import control, the preview of an import and the stored files. */
  readonly registersImport = this.page.getByTestId('registers-import')
  readonly registersPreview = this.page.getByTestId('registers-preview')
  readonly registersConfirm = this.page.getByTestId('registers-confirm')
  readonly registersStored = this.page.getByTestId('registers-stored')

  async open(assessmentId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/factors`)
    await this.root.waitFor()
  }

  /**
   * Imports a register workbook as a user would: picked through the import control, its preview
   * confirmed, then listed among the stored files by its name.
   */
  async importRegisterWorkbook(name: string, buffer: Buffer): Promise<void> {
    await this.registersImport.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer
    })
    await this.registersConfirm.click()
    // Under load the import (a worker) may take a while.
    await expect(this.registersPreview).toBeHidden({ timeout: 30_000 })
    await expect(this.registersStored).toContainText(name)
  }

  readonly factor = this.keyed<[factorId: string]>('factor')
  readonly input = this.keyed<[factorId: string, inputId: string]>('factor-input')
  /** A per-system factor's input for one key system. */
  readonly systemInput =
    this.keyed<[factorId: string, systemId: string, inputId: string]>('factor-input')
  /** A per-system factor's row for one key system (`data-binding` marks the one that sets the value). */
  readonly systemRow = this.keyed<[factorId: string, systemId: string]>('factor-system')
  readonly systemValue = this.keyed<[factorId: string, systemId: string]>('factor-system-value')
  /** Under the value: which system set it. */
  readonly binding = this.keyed<[factorId: string]>('factor-binding')
  /** A per-system factor's table (its caption names the combination rule). */
  readonly systemTable = this.keyed<[factorId: string]>('factor-systems')
  /** Under the value of a ratio factor: "n of N". */
  readonly sample = this.keyed<[factorId: string]>('factor-sample')
  /** The small-sample mark of a ratio factor. */
  readonly smallSample = this.keyed<[factorId: string]>('factor-small-sample')
  readonly value = this.keyed<[factorId: string]>('factor-value')
  readonly score = this.keyed<[factorId: string]>('factor-score')
  readonly band = this.keyed<[factorId: string]>('factor-band')
  readonly target = this.keyed<[factorId: string]>('factor-target')
  /** Pass/fail (`data-pass`), or the reason there is no value yet. */
  readonly verdict = this.keyed<[factorId: string]>('factor-verdict')

  redLines(factorId: string): Locator {
    return this.factor(factorId).getByTestId('red-line')
  }

  issue(factorId: string, severity: 'error' | 'warning'): Locator {
    return this.factor(factorId).locator(`.q-issue[data-severity="${severity}"]`)
  }

  /** The unit printed next to an input. */
  unit(factorId: string, inputId: string): Locator {
    return this.input(factorId, inputId).locator('xpath=following-sibling::span[1]')
  }
}
