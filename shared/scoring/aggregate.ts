import { EPSILON } from './tolerance'
import type { SectionCoverage, SectionFlag } from './types'

/**
 * One visible scored item as the section score reads it (a QuestionResult has this shape, so the
 * scorer passes its results without copying them).
 */
export interface SectionItem {
  weight: number
  /** Validly N/A: out of numerator and denominator. */
  na: boolean
  /** The counted score; null (unanswered) counts as 0. */
  effectiveScore: number | null
}

/** A section's aggregated figures (see aggregateSection). */
export interface SectionAggregate {
  questionnaireScore: number | null
  factorScore: number | null
  combinedScore: number | null
  visibleWeight: number
  applicableWeight: number
  naWeight: number
  naWeightShare: number | null
  questionnaireShare: number | null
  coverage: SectionCoverage
  flags: SectionFlag[]
  availableFactors: number
}

/**
 * A section's (or process's) scores.
 * - Questionnaire score Q = Σ(w·s) ÷ Σw over its visible, applicable scored items, an unanswered
 *   item counting 0; N/A items leave both sums, so the remaining weights renormalise.
 * - N/A weight share = N/A weight ÷ visible scored weight. Above `maxNAWeightShare` (with the
 *   coverage gate enabled) the section has insufficient coverage.
 * - Factor score F = mean of its mapped factors' scores weighted by `factorWeights` (all 1 when
 *   not given), N/A factors left out.
 * - Combined = share·Q + (1 − share)·F when some factor has a score; Q alone otherwise, flagged
 *   `factorsUnavailable` when the section has mapped factors. With no Q (nothing applicable)
 *   the section is not assessed and has no combined score: factors alone do not rate a practice
 *   nobody answered for (they still count in the factor index).
 */
export function aggregateSection(input: {
  items: readonly SectionItem[]
  factorScores: ReadonlyArray<number | null>
  /** The factors' weights among themselves, parallel to factorScores; 1 each when absent. */
  factorWeights?: readonly number[]
  /** This section's questionnaire share (1 − its factor share). */
  questionnaireShare: number
  coverage: { enabled: boolean; maxNAWeightShare: number }
}): SectionAggregate {
  let visibleWeight = 0
  let applicableWeight = 0
  let naWeight = 0
  let weighted = 0
  for (const item of input.items) {
    visibleWeight += item.weight
    if (item.na) {
      naWeight += item.weight
      continue
    }
    applicableWeight += item.weight
    weighted += item.weight * (item.effectiveScore ?? 0)
  }
  const questionnaireScore = applicableWeight > 0 ? weighted / applicableWeight : null
  const naWeightShare = visibleWeight > 0 ? naWeight / visibleWeight : null

  let factorSum = 0
  let factorWeight = 0
  let availableFactors = 0
  input.factorScores.forEach((score, k) => {
    if (score === null) return
    const weight = input.factorWeights?.[k] ?? 1
    factorSum += weight * score
    factorWeight += weight
    availableFactors++
  })
  const factorScore = factorWeight > 0 ? factorSum / factorWeight : null

  let coverage: SectionCoverage = 'sufficient'
  if (
    input.coverage.enabled &&
    naWeightShare !== null &&
    naWeightShare > input.coverage.maxNAWeightShare + EPSILON
  )
    coverage = 'insufficient'
  else if (questionnaireScore === null) coverage = 'notAssessed'

  const flags: SectionFlag[] = []
  let combinedScore: number | null = null
  let questionnaireShare: number | null = null
  if (questionnaireScore !== null) {
    if (factorScore !== null) {
      questionnaireShare = input.questionnaireShare
      combinedScore =
        questionnaireShare * questionnaireScore + (1 - questionnaireShare) * factorScore
    } else {
      questionnaireShare = 1
      combinedScore = questionnaireScore
      if (input.factorScores.length > 0) flags.push('factorsUnavailable')
    }
  }
  return {
    questionnaireScore,
    factorScore,
    combinedScore,
    visibleWeight,
    applicableWeight,
    naWeight,
    naWeightShare,
    questionnaireShare,
    coverage,
    flags,
    availableFactors
  }
}

/** One part (section in a pillar, pillar in the total) of a weighted mean. */
export interface WeightedPart {
  weight: number
  /** Null: no score, left out and the other weights renormalise. */
  score: number | null
}

/** A weighted mean and the renormalised weights behind it. */
export interface WeightedMean {
  score: number | null
  /** Each part's weight ÷ Σ weights of the parts with a score; null for parts left out. */
  normalized: Array<number | null>
}

/**
 * Σ(w·s) ÷ Σw over the parts that have a score, so missing parts renormalise the rest.
 * Null when no part with a positive weight has a score.
 */
export function weightedMean(parts: readonly WeightedPart[]): WeightedMean {
  let total = 0
  let weighted = 0
  for (const part of parts) {
    if (part.score === null) continue
    total += part.weight
    weighted += part.weight * part.score
  }
  const normalized = parts.map((part) =>
    part.score === null || total <= 0 ? null : part.weight / total
  )
  return { score: total > 0 ? weighted / total : null, normalized }
}

/**
 * Whether a pillar has insufficient coverage: the profile weight of its sections that were left
 * out (insufficient coverage or nothing to score) exceeds `maxNAWeightShare` of the weight of
 * all its sections — the same limit a section applies to its items, one level up — or none of
 * its sections could be scored at all.
 */
export function pillarCoverage(input: {
  sections: ReadonlyArray<{ weight: number; included: boolean }>
  maxNAWeightShare: number
}): { excludedWeightShare: number; insufficient: boolean; anyIncluded: boolean } {
  let total = 0
  let excluded = 0
  let anyIncluded = false
  for (const section of input.sections) {
    total += section.weight
    if (section.included) anyIncluded = true
    else excluded += section.weight
  }
  const excludedWeightShare = total > 0 ? excluded / total : 0
  return {
    excludedWeightShare,
    insufficient: !anyIncluded || excludedWeightShare > input.maxNAWeightShare + EPSILON,
    anyIncluded
  }
}
