import { expect, type Locator, type Page } from '@playwright/test'
import { named, type UiText } from './ui-text'

/** Importing a package on the home screen, and the report of what it brought. */
export class PackageImport {
  readonly input: Locator
  /** The outcome (`data-kind`: done, refused…). */
  readonly report: Locator
  readonly issues: Locator
  /** The assessments it added, one list item each. */
  readonly imported: Locator
  /** An assessment that exists here already: offered for merge or copy (`data-state`). */
  readonly existing: Locator
  readonly mergeButton: Locator

  constructor(
    readonly page: Page,
    text: UiText
  ) {
    this.input = page.getByTestId('import-package')
    this.report = page.getByTestId('package-report')
    this.issues = page.getByTestId('import-issue')
    this.imported = page.getByTestId('package-imported').locator('li')
    this.existing = page.getByTestId('package-existing')
    this.mergeButton = this.existing.getByRole('button', {
      name: named(text('packages.mergeInto'))
    })
  }

  /** Picks a package file on the home screen and waits for the import report. */
  async pick(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.choose(file)
    await expect(this.report).toBeVisible()
  }

  /** Picks a package file on the home screen (an encrypted one then asks for its passphrase). */
  async choose(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.page.goto('/#/assessments')
    await this.input.setInputFiles(
      typeof file === 'string' ? file : { ...file, mimeType: 'application/zip' }
    )
  }

  /** The issues whose text matches. */
  issuesMatching(pattern: RegExp): Locator {
    return this.issues.filter({ hasText: pattern })
  }
}

type Side = 'mine' | 'theirs'

/** The merge view: conflicts side by side, what is taken without asking, and apply. */
export class MergeView {
  readonly root: Locator
  readonly conflicts: Locator
  /** What is taken without asking (`data-count`). */
  readonly takes: Locator
  readonly apply: Locator

  constructor(page: Page, text: UiText) {
    this.root = page.getByTestId('merge-view')
    this.conflicts = this.root.getByTestId('merge-conflict')
    this.takes = this.root.getByTestId('merge-takes')
    this.apply = page.getByRole('button', { name: named(text('packages.merge.apply')) })
  }

  /** One conflict, by its key (`question:A3.01`); `data-chosen` says the side chosen. */
  conflict(key: string): Locator {
    return this.conflicts.and(this.root.locator(`[data-key="${key}"]`))
  }

  /** The value one side holds for a conflict. */
  value(key: string, side: Side): Locator {
    return this.conflict(key).getByTestId(`merge-side-${side}`).getByTestId('merge-side-value')
  }

  /** The conflict keys, in the order shown. */
  keys(): Promise<Array<string | null>> {
    return this.conflicts.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))
  }

  async choose(key: string, side: Side): Promise<void> {
    await this.conflict(key).getByTestId(`merge-choose-${side}`).click()
  }

  /** Takes their side for every conflict of one section. */
  async takeSection(sectionId: string): Promise<void> {
    await this.root.getByTestId(`merge-section-theirs-${sectionId}`).click()
  }
}

/** Importing a filled-in questionnaire form (Excel) into the open assessment. */
export class FormImport {
  readonly input: Locator
  /** The outcome (`data-kind`: rowIssues…). */
  readonly report: Locator
  readonly issues: Locator
  readonly continueButton: Locator

  constructor(page: Page, text: UiText) {
    this.input = page.getByTestId('import-questionnaire-form')
    this.report = page.getByTestId('form-report')
    this.issues = page.getByTestId('import-issue')
    this.continueButton = page.getByRole('button', { name: named(text('packages.form.continue')) })
  }

  async pick(name: string, buffer: Buffer): Promise<void> {
    await this.input.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer
    })
  }
}
