import { expect, type Locator, type Page } from '@playwright/test'

/** The open assessment: its header, section tree and the section page's questions. */
export class QuestionnairePage {
  readonly saveState: Locator
  readonly overallScore: Locator
  readonly sectionPage: Locator
  readonly keyboardHelp: Locator

  constructor(readonly page: Page) {
    this.saveState = page.getByTestId('save-state')
    this.overallScore = page.getByTestId('overall-score')
    this.sectionPage = page.getByTestId('section-page')
    this.keyboardHelp = page.getByTestId('keyboard-help')
  }

  /** Opens a section by URL (as a reload or a restart would) and waits for its questions. */
  async open(assessmentId: string, sectionId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/s/${sectionId}`)
    await expect(this.sectionPage).toHaveAttribute('data-section-id', sectionId)
  }

  question(id: string): Locator {
    return this.page.getByTestId(`question-${id}`)
  }

  /** A choice of a question by its stored value (`0`…`4`, `yes`/`partial`/`no`, `na`, an option id). */
  choice(questionId: string, value: string): Locator {
    return this.question(questionId).locator(`input[value="${value}"]`)
  }

  numberInput(questionId: string): Locator {
    return this.question(questionId).locator('input[type=number]')
  }

  justification(questionId: string): Locator {
    return this.question(questionId).locator('textarea[data-na-justification]')
  }

  issue(questionId: string, severity: 'error' | 'warning'): Locator {
    return this.question(questionId).locator(`.q-issue[data-severity="${severity}"]`)
  }

  navSection(sectionId: string): Locator {
    return this.page.getByTestId(`nav-section-${sectionId}`)
  }

  /** Waits until every change so far has committed to IndexedDB. */
  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }
}
