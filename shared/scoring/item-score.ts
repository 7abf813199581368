import type { AnswerValue } from '../assessment/assessment'
import type { ScoringProfile } from '../bank/profile'
import type { NumericScoring, Question } from '../bank/question'
import { assertNever } from '../util/assert-never'
import { isoDateToDayNumber } from './answer-value'
import { bandIndexFor } from './bands'

/** The profile settings item scores read. */
export type ItemScoringSettings = Pick<ScoringProfile, 'maturityScores' | 'yesPartialNoScores'>

/**
 * Score 0..100 of a numeric answer against a target.
 * - With bands: the first band the value meets (see {@link bandIndexFor}).
 * - Higher is better: min(100, value ÷ target × 100), never below 0.
 * - Lower is better: min(100, target ÷ value × 100); a value of 0 (or less) scores 100 — nothing
 *   happened, which is the best a lower-is-better measure can show.
 */
export function numericItemScore(scoring: NumericScoring, value: number): number {
  if (scoring.bands !== undefined) {
    const band = scoring.bands[bandIndexFor(scoring.bands, value, scoring.direction)]
    return band === undefined ? 0 : band.score
  }
  if (scoring.direction === 'higher')
    return Math.max(0, Math.min(100, (value / scoring.target) * 100))
  if (value <= 0) return 100
  return Math.min(100, (scoring.target / value) * 100)
}

/**
 * 100 when the date lies within `withinDays` days before the period end (inclusive at both ends),
 * else 0. A date after the period end falls outside the assessed window and scores 0 (the
 * question is also flagged, see score.ts). Null when either date is not a real date.
 */
export function dateItemScore(
  withinDays: number,
  answer: string,
  asOfDay: number | null
): number | null {
  const day = isoDateToDayNumber(answer)
  if (day === null || asOfDay === null) return null
  const age = asOfDay - day
  return age >= 0 && age <= withinDays ? 100 : 0
}

/**
 * Item score 0..100 of a valid, non-empty answer to a scored question, before any gate; null
 * for question types or configurations that are not scored (or a date that cannot be placed).
 * Call only with a value that passed `answerValueProblem`.
 */
export function itemScore(
  question: Question,
  value: AnswerValue,
  settings: ItemScoringSettings,
  asOfDay: number | null
): number | null {
  switch (question.type) {
    case 'maturity':
      return settings.maturityScores[value as 0 | 1 | 2 | 3 | 4]
    case 'yesPartialNo':
      return settings.yesPartialNoScores[value as 'yes' | 'partial' | 'no']
    case 'singleChoice': {
      const option = question.options.find((o) => o.id === value)
      return option === undefined ? null : option.score
    }
    case 'multiChoice': {
      // sumCapped is the only scoring the schema allows: several partial practices add up.
      let sum = 0
      for (const id of value as string[]) {
        const option = question.options.find((o) => o.id === id)
        if (option !== undefined) sum += option.score
      }
      return Math.min(100, sum)
    }
    case 'number':
    case 'percentage':
      return question.scoring === undefined
        ? null
        : numericItemScore(question.scoring, value as number)
    case 'date':
      return question.scoring === undefined
        ? null
        : dateItemScore(question.scoring.withinDays, value as string, asOfDay)
    case 'text':
    case 'evidence':
      return null
    default:
      return assertNever(question, 'question type')
  }
}

/** The profile's unevidenced-maturity gate. */
export type UnevidencedGateSettings = ScoringProfile['gates']['unevidencedMaturity']

/**
 * The level a maturity answer is scored at: an answer at or above `minLevel` without any
 * evidence reference is scored as `scoredAsLevel` (never higher than the answer itself, so a
 * misconfigured gate cannot raise a score). Returns null when the gate does not apply.
 */
export function unevidencedScoredLevel(
  level: number,
  evidenceCount: number,
  gate: UnevidencedGateSettings
): number | null {
  if (!gate.enabled || evidenceCount > 0 || level < gate.minLevel) return null
  const scoredAs = Math.min(level, gate.scoredAsLevel)
  return scoredAs === level ? null : scoredAs
}
