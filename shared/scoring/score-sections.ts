import { aggregateSection, type SectionItem } from './aggregate'
import { completionFigure } from './completion'
import { criticalItemGate, type CriticalItemLevel } from './gates'
import { levelForScore } from './levels'
import type { ScoringRun } from './scoring-run'
import type { FactorResult, QuestionResult, SectionResult } from './types'

/**
 * Scores each section or process: its visible scored questions (N/A weight renormalised) combined
 * with the factors that feed it, coverage, level and the critical-item cap, and the completion of
 * its visible required questions. The normalised section weight is filled in by scorePillars.
 */
export function scoreSections(
  run: ScoringRun,
  questions: readonly QuestionResult[],
  factors: readonly FactorResult[]
): SectionResult[] {
  const { plan, profile, levels } = run
  const bp = plan.bank
  const gates = profile.gates
  const coverageSettings = gates.coverage
  return bp.sections.map((sp, s) => {
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
    const { factorScores, factorWeights, factorIds, availableFactorIds } = sectionFactors(
      sp.factors.map((f) => factors[f] as FactorResult)
    )
    const aggregate = aggregateSection({
      items,
      factorScores,
      factorWeights,
      questionnaireShare: plan.profile.questionnaireShares[s] as number,
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
}

/** A section's factors as the aggregation reads them: scores and weights in order, ids, and which have a score. */
function sectionFactors(factors: readonly FactorResult[]): {
  factorScores: Array<number | null>
  factorWeights: number[]
  factorIds: string[]
  availableFactorIds: string[]
} {
  return {
    factorScores: factors.map((f) => f.score),
    factorWeights: factors.map((f) => f.weight),
    factorIds: factors.map((f) => f.id),
    availableFactorIds: factors.filter((f) => f.score !== null).map((f) => f.id)
  }
}
