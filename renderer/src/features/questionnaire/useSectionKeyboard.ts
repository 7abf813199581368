import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import type { Question } from '@shared/bank/question'
import { answerView } from './answer-view'
import { focusJustificationSoon, focusQuestion, questionCard } from './focus'
import { isTypingTarget, keyCommand, questionKeyEffect } from './keyboard'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'

interface SectionKeyboardOptions {
  /** The visible questions, in order. */
  questions: readonly Question[]
  /** Where Shift+J / Shift+K go; null at either end. */
  nextSection: string | null
  previousSection: string | null
  openHelp: () => void
}

/** The question the keys act on: the one holding focus, else the last one that did. */
function currentQuestionId(last: string | null): string | null {
  const active = document.activeElement
  const card =
    active instanceof HTMLElement ? active.closest<HTMLElement>('[data-question-id]') : null
  return card?.dataset.questionId ?? last
}

/**
 * The section page's keyboard: 0–4, Y/P/N, 1–9, X and F act on the current question; J/K move
 * between questions, Shift+J / Shift+K between sections, ? opens the help, Esc leaves a text field.
 * Nothing fires while typing in a field or inside a dialog.
 */
export function useSectionKeyboard(options: SectionKeyboardOptions): void {
  const workspace = useWorkspace()
  const saves = useSaves()
  const navigate = useNavigate()
  const last = useRef<string | null>(null)
  // The handler is registered once; it reads the newest options and data through this ref.
  const latest = useRef({ options, workspace })
  useEffect(() => {
    latest.current = { options, workspace }
  })

  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const card = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
        '[data-question-id]'
      )
      if (card) last.current = card.dataset.questionId ?? null
    }
    const onKey = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        (event.target as HTMLElement | null)?.closest?.('[role="dialog"]')
      )
        return
      const { options, workspace } = latest.current
      if (event.key === 'Escape' && isTypingTarget(event.target)) {
        const card = (event.target as HTMLElement).closest<HTMLElement>('[data-question-id]')
        if (card) card.focus()
        return
      }
      if (isTypingTarget(event.target)) return
      const command = keyCommand(event)
      if (!command) return
      const ids = options.questions.map((q) => q.id)
      // Before anything on this page is focused, the keys act on the section's first question.
      const focused = currentQuestionId(last.current)
      const current = focused && ids.includes(focused) ? focused : (ids[0] ?? null)
      switch (command.kind) {
        case 'help':
          options.openHelp()
          break
        case 'move': {
          const at = current ? ids.indexOf(current) : -1
          const target = ids[at < 0 ? 0 : Math.min(ids.length - 1, Math.max(0, at + command.delta))]
          if (target) focusQuestion(target)
          break
        }
        case 'section': {
          const to = command.delta > 0 ? options.nextSection : options.previousSection
          if (to) void navigate(to, { state: { focusFirst: true } })
          break
        }
        case 'question': {
          const question = options.questions.find((q) => q.id === current)
          const effect = question && questionKeyEffect(question, command.key)
          if (!question || !effect || workspace.readOnly) return
          const view = answerView(
            workspace.answers.get(question.id),
            saves.answers.pending(question.id)
          )
          if (effect.kind === 'value')
            saves.answers.change(question.id, { value: effect.value, na: undefined })
          else if (effect.kind === 'flag')
            saves.answers.change(question.id, { flagged: !view.flagged })
          else {
            saves.answers.change(question.id, {
              na: { justification: view.na?.justification ?? '' }
            })
            focusJustificationSoon(question.id)
          }
          // Keep the card in focus, so the next key acts on the same question.
          if (!questionCard(question.id)?.contains(document.activeElement))
            focusQuestion(question.id)
          break
        }
      }
      event.preventDefault()
    }
    document.addEventListener('focusin', onFocus)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('focusin', onFocus)
      document.removeEventListener('keydown', onKey)
    }
  }, [navigate, saves])
}
