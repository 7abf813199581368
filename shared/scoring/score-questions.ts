import type { Answer, AnswerValue } from '../assessment/assessment'
import { isoDateToDayNumber } from './answer-value'
import { makeIssue, scoringText } from './issues'
import { itemScore, unevidencedScoredLevel } from './item-score'
import { levelCode, levelForScore } from './levels'
import type { AnswerReading } from './score-answers'
import type { ScoringRun } from './scoring-run'
import type { QuestionFlag, QuestionResult, RedLineBreach } from './types'
import { ANSWERED, NOT_APPLICABLE } from './visibility'
import { invalidNAIssue, invalidValueIssue } from './warnings'

const NO_FLAGS: readonly QuestionFlag[] = Object.freeze([])

/** Adds a flag to a lazily created list (most questions have none and share NO_FLAGS). */
function withFlag(flags: QuestionFlag[] | null, flag: QuestionFlag): QuestionFlag[] {
  if (flags === null) return [flag]
  flags.push(flag)
  return flags
}

function hitsRedLine(values: ReadonlyArray<string | number>, value: AnswerValue): boolean {
  if (Array.isArray(value)) return value.some((v) => values.includes(v))
  return (typeof value === 'string' || typeof value === 'number') && values.includes(value)
}

/** The date answers are judged against: the period end, as written and as a day number. */
export interface AsOfDate {
  date: string
  day: number
}

/** The scored questions and the red lines their answers hit. */
export interface QuestionScores {
  questions: QuestionResult[]
  breaches: RedLineBreach[]
}

/**
 * Scores every question once visibility is resolved: item score, the score that counts (an
 * unevidenced high maturity rating scored lower), level, flags and red-line hits. Date questions
 * are judged as of the period end (`asOf`; null when the assessment has no valid one — reported
 * once, date questions then score 0).
 */
export function scoreQuestions(
  run: ScoringRun,
  answerAt: ReadonlyArray<Answer | undefined>,
  reading: AnswerReading,
  asOf: AsOfDate | null
): QuestionScores {
  const { profile, levels, errors, warnings } = run
  const bp = run.plan.bank
  const n = bp.questions.length
  const { view, problems, evidenceCount } = reading
  const asOfDay = asOf === null ? null : asOf.day
  const unevidencedGate = profile.gates.unevidencedMaturity
  let periodEndReported = false
  const questions: QuestionResult[] = new Array<QuestionResult>(n)
  const questionBreaches: RedLineBreach[] = []
  for (let i = 0; i < n; i++) {
    const qp = bp.questions[i] as (typeof bp.questions)[number]
    const question = qp.question
    const answer = answerAt[i]
    const visible = view.visible[i] === 1
    const state = view.state[i]
    const na = visible && state === NOT_APPLICABLE
    const answered = visible && state === ANSWERED
    const applicable = visible && !na
    // No closure in this loop: it runs for every question of every assessment.
    let flags: QuestionFlag[] | null = null

    const problem = problems[i]
    if (visible && problem != null) {
      if (problem.kind === 'value') {
        errors.push(invalidValueIssue(qp.id, problem.problem))
        if (qp.type !== 'evidence') flags = withFlag(flags, 'invalidValue')
      } else {
        errors.push(invalidNAIssue(qp.id, problem.code))
        flags = withFlag(flags, 'invalidNA')
      }
    }

    let score: number | null = null
    let effective: number | null = null
    let unevidenced: QuestionResult['unevidenced'] = null
    if (answered && qp.type !== 'evidence') {
      const value = view.values[i] as AnswerValue
      if (qp.scored) {
        score = itemScore(question, value, profile, asOfDay)
        if (qp.type === 'date' && asOfDay === null && !periodEndReported) {
          periodEndReported = true
          errors.push(makeIssue('error', 'invalidPeriodEnd', {}, scoringText('invalidPeriodEnd')))
        }
      }
      if (qp.type === 'maturity' && qp.scored) {
        const level = value as number
        const scoredAs = unevidencedScoredLevel(level, evidenceCount[i] as number, unevidencedGate)
        if (scoredAs !== null) {
          flags = withFlag(flags, 'unevidenced')
          effective = profile.maturityScores[scoredAs as 0 | 1 | 2 | 3 | 4]
          // Maturity answers are levels 0..4 like the profile's levels, so their codes match.
          const answeredCode = levelCode(levels, level)
          const scoredCode = levelCode(levels, scoredAs)
          unevidenced = {
            answeredLevel: level,
            scoredAsLevel: scoredAs,
            text: scoringText('unevidenced', {
              question: qp.id,
              answered: answeredCode,
              scoredAs: scoredCode
            })
          }
        }
      }
      if (qp.type === 'date' && asOfDay !== null) {
        const day = isoDateToDayNumber(value as string)
        if (day !== null && day > asOfDay) {
          flags = withFlag(flags, 'afterPeriodEnd')
          warnings.push(
            makeIssue(
              'warning',
              'dateAfterPeriodEnd',
              { questionIds: [qp.id] },
              scoringText('dateAfterPeriodEnd', {
                question: qp.id,
                periodEnd: (asOf as AsOfDate).date
              })
            )
          )
        }
      }
      if (qp.redLineValues !== null && hitsRedLine(qp.redLineValues, value)) {
        flags = withFlag(flags, 'redLine')
        const redLine = question.redLine
        if (redLine !== undefined)
          questionBreaches.push({
            redLineId: redLine.id,
            class: redLine.class ?? 'regulatory',
            source: 'question',
            sourceId: qp.id,
            message: redLine.message
          })
      }
    }
    if (applicable && qp.scored) {
      if (effective === null) effective = score ?? 0
    }
    if (applicable && !answered && (qp.scored || qp.required)) flags = withFlag(flags, 'unanswered')

    questions[i] = {
      id: qp.id,
      pillarId: qp.pillarId,
      sectionId: qp.sectionId,
      type: qp.type,
      scored: qp.scored,
      required: qp.required,
      critical: qp.critical,
      weight: qp.weight,
      visible,
      applicable,
      answered,
      na,
      value: answer === undefined ? null : (answer.value ?? null),
      evidenceCount: evidenceCount[i] as number,
      itemScore: score,
      effectiveScore: effective,
      level: effective === null ? null : levelForScore(levels, effective),
      flags: flags ?? NO_FLAGS,
      unevidenced
    }
  }

  return { questions, breaches: questionBreaches }
}
