import type { Answer } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { BankIndex } from '@shared/bank/lookup'
import { scoreAssessment, type ScoringResult } from '@shared/scoring'
import type { AnswerChange } from '../../db/repos/answers'
import type { AnswerRow, AssessmentRow } from '../../db/schema'
import type { PendingView } from '../workspace/autosave'
import { answerView } from './answer-view'

/** Where answer-and-advance goes: a question, and the section it is in. */
export interface AdvanceTarget {
  questionId: string
  sectionId: string
}

/**
 * Every answer as the screen shows it — stored, with changes not yet stored laid over it — plus
 * `change` to `questionId`, the one being made now. The stored rows lag a key press by a write and
 * a live query; the next question must be chosen from what the assessor has just done.
 */
export function answersAsShown(
  index: BankIndex,
  stored: ReadonlyMap<string, AnswerRow>,
  pending: (questionId: string) => PendingView<AnswerChange> | undefined,
  change?: { questionId: string; change: AnswerChange }
): Answer[] {
  const answers: Answer[] = []
  for (const { question } of index.orderedQuestions) {
    const row = stored.get(question.id)
    const waiting = pending(question.id)
    const now = change?.questionId === question.id ? change.change : undefined
    if (!row && !waiting && !now) continue
    const view = answerView(row, waiting)
    const merged = { ...view, ...now }
    answers.push({
      questionId: question.id,
      value: merged.value ?? null,
      ...(merged.na ? { na: merged.na } : {}),
      evidence: [...merged.evidence],
      flagged: merged.flagged,
      carriedOver: merged.carriedOver
    })
  }
  return answers
}

/** Visible, and neither answered nor validly N/A: what answer-and-advance stops at. */
export function needsAnswer(result: ScoringResult, order: number): boolean {
  const question = result.questions[order]
  return question !== undefined && question.visible && !question.answered && !question.na
}

/**
 * The next question after `fromId`, in bank order, that still needs an answer: the rest of its
 * section first, then the first open question of the sections after it; past the bank's end, the
 * first open question from its start (so nothing left open is missed). Null when none is open.
 */
export function nextOpenQuestion(
  index: BankIndex,
  result: ScoringResult,
  fromId: string
): AdvanceTarget | null {
  const from = index.questions.get(fromId)?.order ?? -1
  const total = index.orderedQuestions.length
  for (let step = 1; step < total; step++) {
    const order = (from + step + total) % total
    if (!needsAnswer(result, order)) continue
    const entry = index.orderedQuestions[order]
    if (entry) return { questionId: entry.question.id, sectionId: entry.section.id }
  }
  return null
}

/** Scores the answers as shown (skip logic included) and picks the next open question. */
export function advanceTarget(
  bank: Bank,
  index: BankIndex,
  assessment: Pick<AssessmentRow, 'profile' | 'metadata'>,
  answers: readonly Answer[],
  fromId: string
): AdvanceTarget | null {
  return nextOpenQuestion(index, scoreAsShown(bank, assessment, answers), fromId)
}

/** The answers as shown, scored (skip logic included); factors play no part in where keys go. */
function scoreAsShown(
  bank: Bank,
  assessment: Pick<AssessmentRow, 'profile' | 'metadata'>,
  answers: readonly Answer[]
): ScoringResult {
  return scoreAssessment(bank, {
    answers: [...answers],
    factors: [],
    profile: assessment.profile,
    metadata: assessment.metadata
  })
}

/**
 * Of `questionIds`, those shown under the bank's skip logic with the answers as shown: J pressed
 * right after an answer key moves on to a question that answer has just revealed, before the
 * stored rows and the page catch up.
 */
export function shownQuestions(
  bank: Bank,
  index: BankIndex,
  assessment: Pick<AssessmentRow, 'profile' | 'metadata'>,
  answers: readonly Answer[],
  questionIds: readonly string[]
): string[] {
  const result = scoreAsShown(bank, assessment, answers)
  return questionIds.filter(
    (id) => result.questions[index.questions.get(id)?.order ?? -1]?.visible !== false
  )
}
