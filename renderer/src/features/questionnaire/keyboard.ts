import type { Question } from '@shared/bank/question'

/**
 * The questionnaire's keyboard map, kept pure so it can be tested and listed in the help panel.
 * J/K move between questions, Shift+J / Shift+K between sections, `?` opens the help; the other
 * keys act on the current question and mean what its type says.
 */
export type KeyCommand =
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'section'; delta: 1 | -1 }
  | { kind: 'help' }
  | { kind: 'question'; key: string }

/** What a key does to one question. */
export type QuestionKeyEffect =
  { kind: 'value'; value: number | string } | { kind: 'na' } | { kind: 'flag' }

export interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const QUESTION_KEYS = /^[0-9ypnxf]$/

/** The command a key press means, or null when it is none of ours. */
export function keyCommand(event: KeyLike): KeyCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  if (event.key === '?') return { kind: 'help' }
  const key = event.key.toLowerCase()
  if (key === 'j')
    return event.shiftKey ? { kind: 'section', delta: 1 } : { kind: 'move', delta: 1 }
  if (key === 'k')
    return event.shiftKey ? { kind: 'section', delta: -1 } : { kind: 'move', delta: -1 }
  if (!event.shiftKey && QUESTION_KEYS.test(key)) return { kind: 'question', key }
  return null
}

/**
 * Whether a key press in an answer field commits it and moves on: Enter in a one-line field
 * (number, percentage, date, text), Ctrl+Enter (⌘+Enter) in a multi-line one, where Enter starts a
 * new line. Never while an input method is composing (Enter then confirms the Chinese characters).
 */
export function isFieldCommit(
  event: KeyLike & { isComposing: boolean },
  multiline: boolean
): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.altKey || event.shiftKey) return false
  return multiline ? event.ctrlKey || event.metaKey : !event.ctrlKey && !event.metaKey
}

/** What `key` does on `question`; null when it means nothing there (e.g. Y on a maturity question). */
export function questionKeyEffect(question: Question, key: string): QuestionKeyEffect | null {
  if (key === 'f') return { kind: 'flag' }
  if (key === 'x') return question.allowNA ? { kind: 'na' } : null
  switch (question.type) {
    case 'maturity':
      return /^[0-4]$/.test(key) ? { kind: 'value', value: Number(key) } : null
    case 'yesPartialNo': {
      const value = ({ y: 'yes', p: 'partial', n: 'no' } as Record<string, string>)[key]
      return value ? { kind: 'value', value } : null
    }
    case 'singleChoice': {
      const option = /^[1-9]$/.test(key) ? question.options[Number(key) - 1] : undefined
      return option ? { kind: 'value', value: option.id } : null
    }
    default:
      return null
  }
}

const TEXT_INPUT_TYPES = new Set([
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file'
])

/**
 * Whether the key press lands where the user is typing: shortcuts must never eat a letter meant
 * for a text field (radio buttons and checkboxes are not typing targets).
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_TYPES.has(target.type)
  // antd's select and picker inputs put focus on inner elements with these roles.
  const role = target.getAttribute('role')
  return role === 'combobox' || role === 'textbox' || role === 'searchbox'
}
