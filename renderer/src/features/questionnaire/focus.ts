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
