import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import type { Question } from '@shared/bank/question'
import { paths } from '../../app/paths'
import type { AnswerChange } from '../../db/repos/answers'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'
import { advanceTarget, answersAsShown, shownQuestions, type AdvanceTarget } from './advance'
import { answerView } from './answer-view'
import {
  answerField,
  focusJustificationSoon,
  focusQuestion,
  focusQuestionWhenShown,
  questionCard
} from './focus'
import { isFieldCommit, isTypingTarget, keyCommand, questionKeyEffect } from './keyboard'
import type { SectionArrival } from './section-arrival'

interface SectionKeyboardOptions {
  sectionId: string
  /** The visible questions, in order. */
  questions: readonly Question[]
  /** Every question of the section, hidden ones included (an answer may just have shown one). */
  allQuestions: readonly Question[]
  /** Where Shift+J / Shift+K go; null at either end. */
  nextSection: string | null
  previousSection: string | null
  /** The last visible question of the previous section (K on the first question goes there). */
  previousSectionLast: AdvanceTarget | null
  /** Answer and advance (Settings): an answer key moves on to the next open question. */
  advance: boolean
  /** The question to focus on arrival (answer-and-advance or K from the next section). */
  arrivalQuestion: string | null
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
 * between questions (across sections at either end), Shift+J / Shift+K between sections, ? opens
 * the help, Enter goes into a typed question's field, Esc leaves a field. Under answer-and-advance
 * an answer key — and Enter in an answer field — moves on to the next question still open.
 * Nothing fires inside a dialog, and no letter is taken from a field being typed in.
 */
export function useSectionKeyboard(options: SectionKeyboardOptions): void {
  const workspace = useWorkspace()
  const saves = useSaves()
  const navigate = useNavigate()
  const last = useRef<string | null>(options.arrivalQuestion)
  // The handler is registered once; it reads the newest options and data through this ref.
  const latest = useRef({ options, workspace })
  useEffect(() => {
    latest.current = { options, workspace }
  })

  const arrival = options.arrivalQuestion
  useEffect(() => {
    if (!arrival) return
    window.scrollTo({ top: 0 })
    focusQuestionWhenShown(arrival)
  }, [arrival])

  useEffect(() => {
    const go = (target: AdvanceTarget) => {
      const { options, workspace } = latest.current
      last.current = target.questionId
      if (target.sectionId === options.sectionId) {
        focusQuestionWhenShown(target.questionId)
        return
      }
      const state: SectionArrival = { focusQuestion: target.questionId }
      void navigate(paths.section(workspace.assessment.id, target.sectionId), { state })
    }
    /** Every answer as the screen shows it, `change` to `questionId` counted as made. */
    const shownAnswers = (questionId?: string, change?: AnswerChange) => {
      const { workspace } = latest.current
      return answersAsShown(
        workspace.index,
        workspace.answers,
        (id) => saves.answers.pending(id),
        change && questionId !== undefined ? { questionId, change } : undefined
      )
    }
    /** Answer and advance: on to the next open question, counting `change` as made. */
    const advanceFrom = (questionId: string, change?: AnswerChange) => {
      const { workspace } = latest.current
      const answers = shownAnswers(questionId, change)
      const target = advanceTarget(
        workspace.bank,
        workspace.index,
        workspace.assessment,
        answers,
        questionId
      )
      if (target && target.questionId !== questionId) go(target)
      else focusQuestion(questionId)
    }
    const onFocus = (event: FocusEvent) => {
      const card = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
        '[data-question-id]'
      )
      if (card) last.current = card.dataset.questionId ?? null
    }
    /** Enter, Ctrl+Enter and Esc inside a question's fields. */
    const onFieldKey = (event: KeyboardEvent, target: HTMLElement) => {
      const card = target.closest<HTMLElement>('[data-question-id]')
      const questionId = card?.dataset.questionId
      if (!card || !questionId) return
      if (event.key === 'Escape') {
        card.focus()
        return
      }
      const answerPart =
        target.closest('.q-answer') !== null || target.matches('textarea[data-na-justification]')
      if (!answerPart || !isFieldCommit(event, target instanceof HTMLTextAreaElement)) return
      event.preventDefault()
      // A number field holding "1e" or "-" has nothing storable yet: stay and let it be fixed.
      if (target.getAttribute('aria-invalid') === 'true') return
      if (latest.current.options.advance) advanceFrom(questionId)
      else card.focus()
    }
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (event.defaultPrevented || event.isComposing || target?.closest?.('[role="dialog"]'))
        return
      if (isTypingTarget(target)) {
        if (target) onFieldKey(event, target)
        return
      }
      const { options, workspace } = latest.current
      const allIds = options.allQuestions.map((q) => q.id)
      // Before anything on this page is focused, the keys act on the section's first question.
      const focused = currentQuestionId(last.current)
      const current =
        focused && allIds.includes(focused) ? focused : (options.questions[0]?.id ?? null)
      // Enter on a typed question's card goes into its field.
      if (event.key === 'Enter' && target?.dataset.questionId !== undefined) {
        const field = answerField(target)
        if (!field) return
        field.focus()
        event.preventDefault()
        return
      }
      const command = keyCommand(event)
      if (!command) return
      switch (command.kind) {
        case 'help':
          options.openHelp()
          break
        case 'move': {
          // Shown with the answers as the screen has them, so an answer just given counts.
          const ids = shownQuestions(
            workspace.bank,
            workspace.index,
            workspace.assessment,
            shownAnswers(),
            allIds
          )
          // Position among the section's questions, so a question not yet shown still counts.
          const at = current ? allIds.indexOf(current) : -1
          const step = (id: string) => allIds.indexOf(id)
          const target =
            command.delta > 0
              ? ids.find((id) => step(id) > at)
              : ids.findLast((id) => step(id) < at && at >= 0)
          if (target) focusQuestionWhenShown(target)
          else if (command.delta > 0 && options.nextSection)
            void navigate(options.nextSection, { state: { focusFirst: true } })
          else if (command.delta < 0 && options.previousSectionLast) go(options.previousSectionLast)
          break
        }
        case 'section': {
          const to = command.delta > 0 ? options.nextSection : options.previousSection
          if (to) void navigate(to, { state: { focusFirst: true } })
          break
        }
        case 'question': {
          const question = options.allQuestions.find((q) => q.id === current)
          const effect = question && questionKeyEffect(question, command.key)
          if (!question || !effect || workspace.readOnly) return
          const view = answerView(
            workspace.answers.get(question.id),
            saves.answers.pending(question.id)
          )
          if (effect.kind === 'value') {
            const change: AnswerChange = { value: effect.value, na: undefined }
            saves.answers.change(question.id, change)
            if (options.advance) {
              advanceFrom(question.id, change)
              break
            }
          } else if (effect.kind === 'flag')
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
