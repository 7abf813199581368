import { weightedMean } from './aggregate'
import { coverageGate, overallText, redLineGate } from './gates'
import { levelForScore } from './levels'
import type { ScoringRun } from './scoring-run'
import type { FactorResult, OverallResult, PillarResult, RedLineBreach } from './types'

/**
 * The overall score (weighted mean of the pillars, filling in each pillar's normalised weight),
 * its raw level and the gates that cap or withhold it: regulatory red lines breached by factors
 * or answers, and insufficient pillar coverage — each explained in `text`, which also names
 * breached internal red lines (they never cap).
 */
export function scoreOverall(
  run: ScoringRun,
  pillars: readonly PillarResult[],
  factors: readonly FactorResult[],
  questionBreaches: readonly RedLineBreach[]
): OverallResult {
  const { levels } = run
  const gates = run.profile.gates
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
          class: line.class,
          source: 'factor',
          sourceId: f.id,
          message: line.message
        })
    }
  }
  breaches.push(...questionBreaches)
  const regulatory = breaches.filter((breach) => breach.class === 'regulatory')
  const internalIds = breaches
    .filter((breach) => breach.class === 'internal')
    .map((breach) => breach.sourceId)
  const redLine =
    gates.redLine.enabled && overallScore !== null && rawLevel !== null
      ? redLineGate({
          score: overallScore,
          rawLevel,
          breaches: regulatory,
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
  const overallGates: OverallResult['gates'] = []
  if (redLine !== null) overallGates.push(redLine)
  if (coverage !== null) overallGates.push(coverage)
  const overallLevel = coverage !== null ? null : redLine !== null ? redLine.level : rawLevel

  return {
    score: overallScore,
    rawLevel,
    level: overallLevel,
    gates: overallGates,
    redLineBreaches: breaches,
    text: overallText({
      score: overallScore,
      rawLevel,
      redLine,
      coverage,
      internalRedLineIds: internalIds,
      levels
    })
  }
}
