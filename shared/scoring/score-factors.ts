import type { FactorEntry, KeySystem } from '../assessment/assessment'
import { evaluateFactor } from './factor'
import { placeEntries, type ScoringRun } from './scoring-run'
import type { FactorResult } from './types'

/**
 * Evaluates every factor of the bank from the assessment's entries and key systems (value, band,
 * score, red lines; per-system factors per system and combined). Of duplicate entries the first counts; entries for factors the bank lacks are ignored;
 * both are reported.
 */
export function scoreFactors(
  run: ScoringRun,
  entries: readonly FactorEntry[],
  systems: readonly KeySystem[]
): FactorResult[] {
  const bp = run.plan.bank
  const entryAt = placeEntries(run, entries, (entry) => entry.factorId, {
    index: bp.factorIndex,
    size: bp.factors.length,
    param: 'factor',
    unknown: 'unknownFactor',
    duplicate: 'duplicateFactorEntry'
  })
  return bp.factors.map((fp, f) =>
    evaluateFactor(fp, {
      entry: entryAt[f],
      systems,
      mode: run.profile.factorScoring,
      errors: run.errors,
      warnings: run.warnings
    })
  )
}
