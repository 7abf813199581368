import { pillarCoverage, weightedMean } from './aggregate'
import { completionFigure } from './completion'
import { levelForScore } from './levels'
import type { ScoringRun } from './scoring-run'
import type { PillarResult, SectionResult } from './types'

/**
 * Scores each pillar as the weighted mean of its included sections (filling in each section's
 * normalised weight), with its coverage, level and completion. The normalised pillar weight is
 * filled in by scoreOverall.
 */
export function scorePillars(run: ScoringRun, sections: readonly SectionResult[]): PillarResult[] {
  const { plan, levels } = run
  const bp = plan.bank
  const coverageSettings = run.profile.gates.coverage
  return bp.pillars.map((pp, p) => {
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
}
