import type { Answer, AnswerValue, Assessment, FactorEntry } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { LocalizedText } from '../bank/primitives'
import { aggregateSection, pillarCoverage, weightedMean, type SectionItem } from './aggregate'
import { answerValueProblem, isEmptyAnswerValue, isoDateToDayNumber } from './answer-value'
import { completionFigure, completionResult } from './completion'
import { evaluateFactor } from './factor'
import { buildFindings } from './findings'
import {
  coverageGate,
  criticalItemGate,
  overallText,
  redLineGate,
  type CriticalItemLevel
} from './gates'
import { localized, makeIssue } from './issues'
import { itemScore, unevidencedScoredLevel } from './item-score'
import { levelCode, levelForScore } from './levels'
import { prepareScoring } from './plan'
import type {
  FactorResult,
  PillarResult,
  QuestionFlag,
  QuestionResult,
  RedLineBreach,
  ScoringIssue,
  ScoringResult,
  SectionResult
} from './types'
import { ANSWERED, NOT_APPLICABLE, resolveVisibility, type AnswerStateView } from './visibility'
import { invalidNAIssue, invalidValueIssue } from './warnings'

/** What scoring reads from an assessment. */
export type ScorableAssessment = Pick<Assessment, 'answers' | 'factors' | 'profile' | 'metadata'>

const NO_FLAGS: readonly QuestionFlag[] = Object.freeze([])

/** Adds a flag to a lazily created list (most questions have none and share NO_FLAGS). */
function withFlag(flags: QuestionFlag[] | null, flag: QuestionFlag): QuestionFlag[] {
  if (flags === null) return [flag]
  flags.push(flag)
  return flags
}

/** Why an answer is not counted, for the error list (null when it is fine). */
type AnswerProblem =
  | { kind: 'value'; problem: LocalizedText }
  | { kind: 'na'; code: 'naNotAllowed' | 'naWithoutJustification' }

function hitsRedLine(values: ReadonlyArray<string | number>, value: AnswerValue): boolean {
  if (Array.isArray(value)) return value.some((v) => values.includes(v))
  return (typeof value === 'string' || typeof value === 'number') && values.includes(value)
}

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
  const levels = plan.profile.levels
  const gates = profile.gates
  const n = bp.questions.length
  const errors: ScoringIssue[] = [...bp.issues, ...plan.profile.issues]
  const warnings: ScoringIssue[] = []

  const periodEnd = assessment.metadata?.period?.end
  const asOfDay = typeof periodEnd === 'string' ? isoDateToDayNumber(periodEnd) : null

  // 1. Answers by question position. Of duplicates the first counts and the others are reported,
  // as validateAssessmentAgainstBank reports them ("answered twice, first at …").
  const answerAt: Array<Answer | undefined> = new Array<Answer | undefined>(n)
  for (const answer of assessment.answers) {
    const i = bp.questionIndex.get(answer.questionId)
    if (i === undefined) {
      warnings.push(
        makeIssue(
          'warning',
          'unknownQuestion',
          { questionIds: [answer.questionId] },
          localized(
            `题库中没有题目 ${answer.questionId}，该答案未参与计分`,
            `The bank has no question ${answer.questionId}; the answer is ignored`
          )
        )
      )
      continue
    }
    if (answerAt[i] !== undefined) {
      errors.push(
        makeIssue(
          'error',
          'duplicateAnswer',
          { questionIds: [answer.questionId] },
          localized(
            `${answer.questionId} 有多个答案，以第一个为准`,
            `${answer.questionId} has more than one answer; the first one is used`
          )
        )
      )
      continue
    }
    answerAt[i] = answer
  }

  // 2. Validate: an invalid value or an unacceptable N/A is unanswered.
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

  // 3. Skip logic.
  resolveVisibility(bp.conditions, bp.visibilityOrder, view)

  // 4. Questions.
  const unevidencedGate = gates.unevidencedMaturity
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
          errors.push(
            makeIssue(
              'error',
              'invalidPeriodEnd',
              {},
              localized(
                '评估期末日期缺失或无效，日期题无法计分（按 0 分计）',
                'The assessment period has no valid end date, so date questions cannot be scored (counted as 0)'
              )
            )
          )
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
            text: localized(
              `${qp.id}：答 ${answeredCode} 但未提供证据，按 ${scoredCode} 计分`,
              `${qp.id}: answered ${answeredCode} without evidence; scored as ${scoredCode}`
            )
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
              localized(
                `${qp.id} 的日期晚于评估期末 ${periodEnd as string}`,
                `${qp.id}: the date is after the period end ${periodEnd as string}`
              )
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

  // 5. Factors.
  const entryAt: Array<FactorEntry | undefined> = new Array<FactorEntry | undefined>(
    bp.factors.length
  )
  for (const entry of assessment.factors) {
    const f = bp.factorIndex.get(entry.factorId)
    if (f === undefined) {
      warnings.push(
        makeIssue(
          'warning',
          'unknownFactor',
          { factorIds: [entry.factorId] },
          localized(
            `题库中没有评价要素 ${entry.factorId}，该数据未参与计分`,
            `The bank has no factor ${entry.factorId}; its inputs are ignored`
          )
        )
      )
      continue
    }
    if (entryAt[f] !== undefined) {
      errors.push(
        makeIssue(
          'error',
          'duplicateFactorEntry',
          { factorIds: [entry.factorId] },
          localized(
            `评价要素 ${entry.factorId} 有多组数据，以第一组为准`,
            `Factor ${entry.factorId} has more than one entry; the first one is used`
          )
        )
      )
      continue
    }
    entryAt[f] = entry
  }
  const factors: FactorResult[] = bp.factors.map((fp, f) =>
    evaluateFactor(fp, entryAt[f], profile.factorScoring, errors, warnings)
  )

  // 6. Sections.
  const coverageSettings = gates.coverage
  const sections: SectionResult[] = bp.sections.map((sp, s) => {
    const items: SectionItem[] = []
    const critical: CriticalItemLevel[] = []
    let requiredTotal = 0
    let requiredDone = 0
    for (const i of sp.questions) {
      const q = questions[i] as QuestionResult
      if (q.visible && q.required) {
        requiredTotal++
        if (q.answered || q.na) requiredDone++
      }
      if (!q.visible || !q.scored) continue
      items.push(q)
      if (q.critical && q.applicable) critical.push({ questionId: q.id, level: q.level ?? 0 })
    }
    const factorScores: Array<number | null> = []
    const factorIds: string[] = []
    const availableFactorIds: string[] = []
    for (const f of sp.factors) {
      const factor = factors[f] as FactorResult
      factorScores.push(factor.score)
      factorIds.push(factor.id)
      if (factor.score !== null) availableFactorIds.push(factor.id)
    }
    const aggregate = aggregateSection({
      items,
      factorScores,
      questionnaireShare: profile.questionnaireShare,
      coverage: coverageSettings
    })
    const combined = aggregate.combinedScore
    const rawLevel = combined === null ? null : levelForScore(levels, combined)
    const cap =
      gates.criticalItem.enabled && combined !== null && rawLevel !== null
        ? criticalItemGate({
            sectionId: sp.id,
            score: combined,
            rawLevel,
            items: critical,
            levelsAbove: gates.criticalItem.levelsAbove,
            levels
          })
        : null
    return {
      id: sp.id,
      pillarId: sp.pillarId,
      kind: sp.section.kind,
      questionnaireScore: aggregate.questionnaireScore,
      factorScore: aggregate.factorScore,
      combinedScore: combined,
      factorIds,
      availableFactorIds,
      weightsUsed: {
        visibleWeight: aggregate.visibleWeight,
        applicableWeight: aggregate.applicableWeight,
        naWeight: aggregate.naWeight,
        questionnaireShare: aggregate.questionnaireShare,
        sectionWeight: plan.profile.sectionWeights[s] as number,
        normalizedSectionWeight: null
      },
      naWeightShare: aggregate.naWeightShare,
      coverage: aggregate.coverage,
      includedInPillar: combined !== null && aggregate.coverage === 'sufficient',
      flags: aggregate.flags,
      rawLevel,
      level: cap !== null ? cap.level : rawLevel,
      cap,
      completion: completionFigure(requiredDone, requiredTotal)
    }
  })

  // 7. Pillars.
  const pillars: PillarResult[] = bp.pillars.map((pp, p) => {
    const parts = pp.sections.map((s) => {
      const section = sections[s] as SectionResult
      return {
        weight: section.weightsUsed.sectionWeight,
        score: section.includedInPillar ? section.combinedScore : null
      }
    })
    const mean = weightedMean(parts)
    pp.sections.forEach((s, k) => {
      ;(sections[s] as SectionResult).weightsUsed.normalizedSectionWeight =
        mean.normalized[k] ?? null
    })
    const coverage = pillarCoverage({
      sections: pp.sections.map((s) => ({
        weight: (sections[s] as SectionResult).weightsUsed.sectionWeight,
        included: (sections[s] as SectionResult).includedInPillar
      })),
      maxNAWeightShare: coverageSettings.maxNAWeightShare
    })
    let done = 0
    let total = 0
    for (const s of pp.sections) {
      done += (sections[s] as SectionResult).completion.done
      total += (sections[s] as SectionResult).completion.total
    }
    return {
      id: pp.id,
      score: mean.score,
      pillarWeight: plan.profile.pillarWeights[p] as number,
      normalizedPillarWeight: null,
      includedSectionIds: pp.sections
        .filter((s) => (sections[s] as SectionResult).includedInPillar)
        .map((s) => (sections[s] as SectionResult).id),
      excludedSectionIds: pp.sections
        .filter((s) => !(sections[s] as SectionResult).includedInPillar)
        .map((s) => (sections[s] as SectionResult).id),
      excludedWeightShare: coverage.excludedWeightShare,
      coverage:
        coverageSettings.enabled && (coverage.insufficient || mean.score === null)
          ? 'insufficient'
          : 'sufficient',
      level: mean.score === null ? null : levelForScore(levels, mean.score),
      completion: completionFigure(done, total)
    }
  })

  // 8. Overall and its gates.
  const overallMean = weightedMean(pillars.map((p) => ({ weight: p.pillarWeight, score: p.score })))
  pillars.forEach((p, k) => {
    p.normalizedPillarWeight = overallMean.normalized[k] ?? null
  })
  const overallScore = overallMean.score
  const rawLevel = overallScore === null ? null : levelForScore(levels, overallScore)
  const breaches: RedLineBreach[] = []
  for (const f of factors) {
    for (const line of f.redLines) {
      if (line.status === 'breached')
        breaches.push({
          redLineId: line.id,
          source: 'factor',
          sourceId: f.id,
          message: line.message
        })
    }
  }
  breaches.push(...questionBreaches)
  const redLine =
    gates.redLine.enabled && overallScore !== null && rawLevel !== null
      ? redLineGate({
          score: overallScore,
          rawLevel,
          breaches,
          capLevel: gates.redLine.capLevel,
          levels
        })
      : null
  const coverage = gates.coverage.enabled
    ? coverageGate({
        score: overallScore,
        rawLevel,
        pillarIds: pillars.filter((p) => p.coverage === 'insufficient').map((p) => p.id),
        levels
      })
    : null
  const overallGates: ScoringResult['overall']['gates'] = []
  if (redLine !== null) overallGates.push(redLine)
  if (coverage !== null) overallGates.push(coverage)
  const overallLevel = coverage !== null ? null : redLine !== null ? redLine.level : rawLevel

  // 9. Factor index: unweighted mean of all factor scores.
  let factorSum = 0
  let factorCount = 0
  let factorsDone = 0
  for (const f of factors) {
    if (f.complete) factorsDone++
    if (f.score === null) continue
    factorSum += f.score
    factorCount++
  }

  // 10. Completion over all visible required questions.
  let questionsDone = 0
  let questionsTotal = 0
  for (const section of sections) {
    questionsDone += section.completion.done
    questionsTotal += section.completion.total
  }

  // 11. Consistency rules.
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
    asOf: asOfDay === null ? null : (periodEnd as string),
    questions,
    factors,
    sections,
    pillars,
    overall: {
      score: overallScore,
      rawLevel,
      level: overallLevel,
      gates: overallGates,
      redLineBreaches: breaches,
      text: overallText({ score: overallScore, rawLevel, redLine, coverage, levels })
    },
    factorIndex: factorCount > 0 ? factorSum / factorCount : null,
    completion: completionResult(questionsDone, questionsTotal, factorsDone, bp.factors.length),
    findings: buildFindings(questions, factors, bp.findingOrder),
    warnings,
    errors
  }
}
