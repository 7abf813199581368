import { expect, type Locator } from '@playwright/test'
import { named } from './ui-text'
import { WordedPageObject } from './page-object'

/** The open assessment: its header, section tree and the section page's questions. */
export class QuestionnairePage extends WordedPageObject {
  readonly saveState = this.page.getByTestId('save-state')
  readonly overallScore = this.page.getByTestId('overall-score')
  readonly sectionPage = this.page.getByTestId('section-page')
  readonly sectionStats = this.page.getByTestId('section-stats')
  /** The "carried over from the last period — confirm" notices. */
  readonly carriedOver = this.page.getByTestId('carried-over')
  /** Says why some questions of the section are not shown (skip logic). */
  readonly hiddenNote = this.page.getByTestId('hidden-note')
  readonly nextSection = this.page.getByTestId('next-section')
  readonly keyboardHelp = this.page.getByTestId('keyboard-help')
  /** The dialog around the keyboard help. */
  readonly keyboardHelpDialog = this.page.getByRole('dialog').filter({ has: this.keyboardHelp })
  /** The help panel's line saying whether answer-and-advance is on (`data-advance` on/off). */
  readonly keyboardMode = this.page.getByTestId('keyboard-mode')
  /** Every answer control of the questions on screen. */
  readonly answerInputs = this.page.locator(
    '[data-testid^="question-"] input, [data-testid^="question-"] textarea'
  )

  /** Opens a section by URL (as a reload or a restart would) and waits for its questions. */
  async open(assessmentId: string, sectionId: string): Promise<void> {
    await this.page.goto(`/#/a/${assessmentId}/s/${sectionId}`)
    await expect(this.sectionPage).toHaveAttribute('data-section-id', sectionId)
  }

  readonly question = this.keyed<[id: string]>('question')

  /** The ids of the questions on screen, in order (skip logic shows more as answers come in). */
  visibleQuestionIds(): Promise<string[]> {
    return this.page
      .locator('[data-question-id]')
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.questionId!))
  }

  /** A question's own inputs (radios, boxes, fields). */
  answerInputsOf(id: string): Locator {
    return this.question(id).locator('input')
  }

  /** A choice of a question by its stored value (`0`…`4`, `yes`/`partial`/`no`, `na`, an option id). */
  choice(questionId: string, value: string): Locator {
    return this.question(questionId).locator(`input[value="${value}"]`)
  }

  numberInput(questionId: string): Locator {
    return this.question(questionId).locator('input[type=number]')
  }

  justification(questionId: string): Locator {
    return this.question(questionId).getByLabel(this.text('questionnaire.answer.naJustification'))
  }

  issue(questionId: string, severity: 'error' | 'warning'): Locator {
    return this.question(questionId).locator(`.q-issue[data-severity="${severity}"]`)
  }

  comment(questionId: string): Locator {
    return this.question(questionId).getByLabel(this.text('questionnaire.comment.label'))
  }

  /** Opens a question's comment field. */
  addComment(questionId: string): Locator {
    return this.question(questionId).getByRole('button', {
      name: named(this.text('questionnaire.comment.add'))
    })
  }

  /** A maturity question's levels, each with its anchor. */
  levels(questionId: string): Locator {
    return this.question(questionId).locator('.q-level')
  }

  textInput(questionId: string): Locator {
    return this.question(questionId).locator('.q-answer').locator('textarea, input[type=text]')
  }

  dateInput(questionId: string): Locator {
    return this.question(questionId).locator('input[type=date]')
  }

  evidence(questionId: string, kind?: 'file' | 'reference'): Locator {
    const items = this.question(questionId).locator('.q-evidence-item')
    return kind ? items.and(this.page.locator(`[data-evidence-kind="${kind}"]`)) : items
  }

  /** The SHA-256 shown for a question's attached file (`data-sha256` holds it in full). */
  fileHash(questionId: string): Locator {
    return this.evidence(questionId, 'file').locator('[data-sha256]')
  }

  /** Attaches an in-memory file as evidence. */
  async attachFile(questionId: string, name: string, buffer: Buffer): Promise<void> {
    await this.page.getByTestId(`evidence-file-${questionId}`).setInputFiles({
      name,
      mimeType: 'application/pdf',
      buffer
    })
  }

  /** Records a written reference through its dialog. */
  async addReference(
    questionId: string,
    fields: { name: string; location?: string; page?: string; interviewee?: string }
  ): Promise<void> {
    await this.page.getByTestId(`reference-add-${questionId}`).click()
    const dialog = this.page.getByRole('dialog')
    for (const [field, value] of Object.entries(fields)) {
      await dialog.getByTestId(`reference-${field}`).fill(value)
    }
    await dialog.getByTestId('reference-save').click()
    await expect(dialog).toBeHidden()
  }

  readonly flag = this.keyed<[questionId: string]>('flag')

  /** The question that holds keyboard focus (the card itself or a control inside it). */
  focusedQuestion(): Locator {
    return this.page.locator('[data-question-id]:focus-within')
  }

  /** A question card that itself holds the focus (where J, K and the answer keys act). */
  focusedCard(): Locator {
    return this.page.locator('[data-question-id]:focus')
  }

  /** One step of a keyboard walk: press `key` where the focus is, then the focus is on question `next`. */
  async pressAndLandOn(key: string, next: string): Promise<void> {
    await this.page.keyboard.press(key)
    await expect(this.question(next)).toBeFocused()
  }

  readonly navSection = this.keyed<[sectionId: string]>('nav-section')

  /**
   * Answers choice questions section by section — `{ A1: { 'A1.01': '2' } }`, stored values —
   * and waits until they are saved.
   */
  async answerAll(id: string, answers: Record<string, Record<string, string>>): Promise<void> {
    for (const [section, values] of Object.entries(answers)) {
      await this.open(id, section)
      for (const [questionId, value] of Object.entries(values)) {
        await this.choice(questionId, value).check()
        await expect(this.choice(questionId, value)).toBeChecked()
      }
      await this.waitSaved()
    }
  }

  /** Waits until every change so far has committed to IndexedDB. */
  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }
}
