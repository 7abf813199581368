import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { isoDateToDayNumber } from './answer-value'
import { completionResult } from './completion'
import { buildFindings } from './findings'
import { prepareScoring } from './plan'
import { placeAnswers, readAnswers } from './score-answers'
import { scoreFactors } from './score-factors'
import { scoreOverall } from './score-overall'
import { scorePillars } from './score-pillars'
import { scoreQuestions } from './score-questions'
import { scoreSections } from './score-sections'
import type { ScoringRun } from './scoring-run'
import type { ScoringResult } from './types'
import { resolveVisibility } from './visibility'

/** What scoring reads from an assessment. */
export type ScorableAssessment = Pick<Assessment, 'answers' | 'factors' | 'profile' | 'metadata'>

/**
 * Scores an assessment against its bank with the profile the assessment carries.
 *
 * Pure and deterministic: no clock, no randomness; the "as of" date for date questions is the
 * assessment period's end. Invalid data never throws: it is reported in `errors` and treated as
 * unanswered (answers) or N/A (factors). The result holds every intermediate figure, unrounded.
 * See docs/scoring.md for the method.
 */
export function scoreAssessment(bank: Bank, assessment: ScorableAssessment): ScoringResult {
  const { profile } = assessment
  const plan = prepareScoring(bank, profile)
  const bp = plan.bank
  const warnings: ScoringRun['warnings'] = []
  const run: ScoringRun = {
    plan,
    profile,
    levels: plan.profile.levels,
    errors: [...bp.issues, ...plan.profile.issues],
    warnings
  }
  const periodEnd = assessment.metadata?.period?.end
  const asOfDay = typeof periodEnd === 'string' ? isoDateToDayNumber(periodEnd) : null
  const asOf = asOfDay === null ? null : { date: periodEnd as string, day: asOfDay }

  // 1. Answers by question position, validated: an invalid value or N/A counts as unanswered.
  const answerAt = placeAnswers(run, assessment.answers)
  const reading = readAnswers(run, answerAt)
  const { view, evidenceCount } = reading

  // 2. Skip logic.
  resolveVisibility(bp.conditions, bp.visibilityOrder, view)

  // 3. Questions, 4. factors, 5. sections and processes, 6. pillars, 7. overall and its gates.
  const scored = scoreQuestions(run, answerAt, reading, asOf)
  const questions = scored.questions
  const factors = scoreFactors(run, assessment.factors, assessment.metadata?.systems ?? [])
  const sections = scoreSections(run, questions, factors)
  const pillars = scorePillars(run, sections)
  const overall = scoreOverall(run, pillars, factors, scored.breaches)

  // 8. Factor index: unweighted mean of all factor scores.
  let factorSum = 0
  let factorCount = 0
  let factorsDone = 0
  for (const f of factors) {
    if (f.complete) factorsDone++
    if (f.score === null) continue
    factorSum += f.score
    factorCount++
  }

  // 9. Completion over all visible required questions.
  let questionsDone = 0
  let questionsTotal = 0
  for (const section of sections) {
    questionsDone += section.completion.done
    questionsTotal += section.completion.total
  }

  // 10. Consistency rules.
  if (bp.rules.length > 0) {
    const factorInputs = factors.map((f, k) =>
      (bp.factors[k] as (typeof bp.factors)[number]).inputIds.map(
        (id) => f.inputs[id] ?? Number.NaN
      )
    )
    const context = { view, evidenceCount, factorInputs }
    for (const rule of bp.rules) rule(context, warnings)
  }

  return {
    bank: { id: bank.id, version: bank.version },
    profile: { id: profile.id, version: profile.version },
    asOf: asOf === null ? null : asOf.date,
    questions,
    factors,
    sections,
    pillars,
    overall,
    factorIndex: factorCount > 0 ? factorSum / factorCount : null,
    completion: completionResult(questionsDone, questionsTotal, factorsDone, bp.factors.length),
    findings: buildFindings(questions, factors, bp.findingOrder),
    warnings,
    errors: run.errors
  }
}
