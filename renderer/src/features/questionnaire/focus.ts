/** The card of a question on the current page. */
export function questionCard(questionId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(questionId)}"]`)
}

/** Moves focus to a question card and brings it into view (the focus ring shows where it is). */
export function focusQuestion(questionId: string): void {
  const card = questionCard(questionId)
  if (!card) return
  card.focus({ preventScroll: true })
  card.scrollIntoView({ block: 'nearest' })
}

/** About three seconds of frames: a card still missing by then is not coming. */
const MAX_FRAMES = 180
let waiting: number | null = null

/**
 * Focuses a question card now, or as soon as it renders: a question that an answer has just made
 * visible appears when the answer is stored, and a long section renders its cards after its first
 * screenful. Meanwhile nothing keeps the focus, so the keys act on the question the caller named
 * as current. A later call replaces an earlier one still waiting.
 */
export function focusQuestionWhenShown(questionId: string): void {
  if (waiting !== null) cancelAnimationFrame(waiting)
  waiting = null
  if (questionCard(questionId)) {
    focusQuestion(questionId)
    return
  }
  const active = document.activeElement
  if (active instanceof HTMLElement && active.closest('[data-question-id]')) active.blur()
  let frames = 0
  const attempt = () => {
    waiting = null
    if (questionCard(questionId)) focusQuestion(questionId)
    else if (++frames < MAX_FRAMES) waiting = requestAnimationFrame(attempt)
  }
  waiting = requestAnimationFrame(attempt)
}

/** The first field to type an answer into (number, percentage, date, text), if the card has one. */
export function answerField(card: HTMLElement): HTMLElement | null {
  return card.querySelector<HTMLElement>(
    '.q-answer input[type=number], .q-answer input[type=date], .q-answer input[type=text], .q-answer textarea'
  )
}

/**
 * Focuses the N/A justification of a question once it has rendered: marking N/A is not finished
 * until it is justified, so the cursor goes straight there.
 */
export function focusJustificationSoon(questionId: string): void {
  requestAnimationFrame(() => {
    questionCard(questionId)
      ?.querySelector<HTMLTextAreaElement>('textarea[data-na-justification]')
      ?.focus()
  })
}
