import type { Answer, AnswerValue } from '../assessment/assessment'
import type { LocalizedText } from '../bank/primitives'
import { answerValueProblem, isEmptyAnswerValue } from './answer-value'
import { placeEntries, type ScoringRun } from './scoring-run'
import { ANSWERED, NOT_APPLICABLE, type AnswerStateView } from './visibility'

/** Why an answer is not counted, for the error list (null when it is fine). */
export type AnswerProblem =
  | { kind: 'value'; problem: LocalizedText }
  | { kind: 'na'; code: 'naNotAllowed' | 'naWithoutJustification' }

/** The answers as scoring reads them, by question position. */
export interface AnswerReading {
  /** What skip logic and the consistency rules see: answered / N/A states and valid values. */
  view: AnswerStateView
  problems: Array<AnswerProblem | null>
  evidenceCount: number[]
}

/**
 * Answers by question position. Of duplicates the first counts and the others are reported, as
 * validateAssessmentAgainstBank reports them ("answered twice, first at …"); answers to questions
 * the bank does not have are reported and ignored.
 */
export function placeAnswers(
  run: ScoringRun,
  answers: readonly Answer[]
): Array<Answer | undefined> {
  const bp = run.plan.bank
  return placeEntries(run, answers, (answer) => answer.questionId, {
    index: bp.questionIndex,
    size: bp.questions.length,
    param: 'question',
    unknown: 'unknownQuestion',
    duplicate: 'duplicateAnswer'
  })
}

/** Validates each placed answer: an invalid value or an unacceptable N/A counts as unanswered. */
export function readAnswers(
  run: ScoringRun,
  answerAt: ReadonlyArray<Answer | undefined>
): AnswerReading {
  const bp = run.plan.bank
  const n = bp.questions.length
  const view: AnswerStateView = {
    visible: new Uint8Array(n),
    state: new Uint8Array(n),
    values: new Array<AnswerValue>(n).fill(null)
  }
  const problems: Array<AnswerProblem | null> = new Array<AnswerProblem | null>(n).fill(null)
  const evidenceCount: number[] = new Array<number>(n).fill(0)
  for (let i = 0; i < n; i++) {
    const answer = answerAt[i]
    if (answer === undefined) continue
    const qp = bp.questions[i] as (typeof bp.questions)[number]
    const question = qp.question
    evidenceCount[i] = answer.evidence?.length ?? 0
    if (answer.na !== undefined) {
      if (!qp.allowNA) problems[i] = { kind: 'na', code: 'naNotAllowed' }
      else if (
        typeof answer.na?.justification !== 'string' ||
        answer.na.justification.trim() === ''
      )
        problems[i] = { kind: 'na', code: 'naWithoutJustification' }
      else view.state[i] = NOT_APPLICABLE
      continue
    }
    if (qp.type === 'evidence') {
      if (!isEmptyAnswerValue(answer.value)) {
        const problem = answerValueProblem(question, answer.value)
        if (problem !== null) problems[i] = { kind: 'value', problem }
      }
      if ((evidenceCount[i] as number) > 0) view.state[i] = ANSWERED
      continue
    }
    if (isEmptyAnswerValue(answer.value)) continue
    const problem = answerValueProblem(question, answer.value)
    if (problem !== null) {
      problems[i] = { kind: 'value', problem }
      continue
    }
    view.state[i] = ANSWERED
    view.values[i] = answer.value
  }
  return { view, problems, evidenceCount }
}
