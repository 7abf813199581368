import type { CompletionFigure, CompletionResult } from './types'

/** done ÷ total as a 0..100 percentage; 100 when there is nothing to do (nothing is missing). */
export function completionFigure(done: number, total: number): CompletionFigure {
  return { done, total, percent: total > 0 ? (done / total) * 100 : 100 }
}

/**
 * Completion of an assessment.
 * - Questions: visible required questions that are answered (a valid value; evidence questions:
 *   an evidence reference) or validly N/A, ÷ visible required questions. Hidden questions do not
 *   count; an invalid value or an unjustified N/A is not done.
 * - Factors: factors with every declared input entered and valid ÷ all factors of the bank
 *   (a factor whose inputs are entered but whose value is N/A — a zero denominator — is done:
 *   there is nothing more to enter). Null percent when the bank has no factors.
 * - Combined: both pooled, (questions done + factors done) ÷ (questions total + factors total),
 *   so one factor weighs like one question; the report shows "草稿 / DRAFT" until it is 100.
 */
export function completionResult(
  questionsDone: number,
  questionsTotal: number,
  factorsDone: number,
  factorsTotal: number
): CompletionResult {
  return {
    questions: completionFigure(questionsDone, questionsTotal),
    factors: {
      done: factorsDone,
      total: factorsTotal,
      percent: factorsTotal > 0 ? (factorsDone / factorsTotal) * 100 : null
    },
    combined: completionFigure(questionsDone + factorsDone, questionsTotal + factorsTotal)
  }
}
