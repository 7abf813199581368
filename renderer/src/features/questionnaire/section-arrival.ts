/**
 * How a section page was arrived at (router location state): focus its first question (the
 * section buttons, Shift+J / Shift+K, J past a section's end), or one named question
 * (answer-and-advance into this section, K from the start of the next one).
 */
export type SectionArrival = { focusFirst: true } | { focusQuestion: string }

/** The question to focus on arrival, if the state names one. */
export function arrivalQuestion(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('focusQuestion' in state)) return null
  const { focusQuestion } = state as { focusQuestion: unknown }
  return typeof focusQuestion === 'string' ? focusQuestion : null
}

/** Whether the state asks for the section's first question. */
export function arrivesAtFirst(state: unknown): boolean {
  return (state as { focusFirst?: unknown } | null)?.focusFirst === true
}
