import { expect, type Locator } from '@playwright/test'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** Importing a package on the home screen, and the report of what it brought. */
export class PackageImport extends WordedPageObject {
  readonly input = this.page.getByTestId('import-package')
  /** The outcome (`data-kind`: done, refused…). */
  readonly report = this.page.getByTestId('package-report')
  readonly issues = this.page.getByTestId('import-issue')
  /** The assessments it added, one list item each. */
  readonly imported = this.page.getByTestId('package-imported').locator('li')
  /** An assessment that exists here already: offered for merge or copy (`data-state`). */
  readonly existing = this.page.getByTestId('package-existing')
  readonly mergeButton = this.existing.getByRole('button', {
    name: named(this.text('packages.mergeInto'))
  })

  /** Picks a package file on the home screen and waits for the import report. */
  async pick(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.choose(file)
    await expect(this.report).toBeVisible()
  }

  /**
   * Takes a handed-over package in as a new assessment here: imported, one assessment, and the
   * report closed.
   */
  async importNew(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.pick(file)
    await expect(this.report).toHaveAttribute('data-kind', 'done')
    await expect(this.imported).toHaveCount(1)
    await this.page.keyboard.press('Escape')
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
export class MergeView extends WordedPageObject {
  readonly root = this.page.getByTestId('merge-view')
  readonly conflicts = this.root.getByTestId('merge-conflict')
  /** What is taken without asking (`data-count`). */
  readonly takes = this.root.getByTestId('merge-takes')
  readonly apply = this.page.getByRole('button', { name: named(this.text('packages.merge.apply')) })

  /** One conflict, by its key (`question:A3.01`); `data-chosen` says the side chosen. */
  conflict(key: string): Locator {
    return this.conflicts.and(this.root.locator(`[data-key="${key}"]`))
  }

  /** A group of conflicts: a bank section's id, `registers` (台账), or '' (assessment details). */
  group(id: string): Locator {
    return this.root.locator(`[data-testid="merge-section"][data-section-id="${id}"]`)
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
export class FormImport extends WordedPageObject {
  readonly input = this.page.getByTestId('import-questionnaire-form')
  /** The outcome (`data-kind`: rowIssues…). */
  readonly report = this.page.getByTestId('form-report')
  readonly issues = this.page.getByTestId('import-issue')
  readonly continueButton = this.page.getByRole('button', {
    name: named(this.text('packages.form.continue'))
  })

  async pick(name: string, buffer: Buffer): Promise<void> {
    await this.input.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer
    })
  }
}
