import type { FactorEntry, KeySystem } from '../assessment/assessment'
import { evaluateFactor } from './factor'
import { makeIssue, scoringText } from './issues'
import type { ScoringRun } from './scoring-run'
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
  const entryAt: Array<FactorEntry | undefined> = new Array<FactorEntry | undefined>(
    bp.factors.length
  )
  for (const entry of entries) {
    const f = bp.factorIndex.get(entry.factorId)
    if (f === undefined) {
      run.warnings.push(
        makeIssue(
          'warning',
          'unknownFactor',
          { factorIds: [entry.factorId] },
          scoringText('unknownFactor', { factor: entry.factorId })
        )
      )
      continue
    }
    if (entryAt[f] !== undefined) {
      run.errors.push(
        makeIssue(
          'error',
          'duplicateFactorEntry',
          { factorIds: [entry.factorId] },
          scoringText('duplicateFactorEntry', { factor: entry.factorId })
        )
      )
      continue
    }
    entryAt[f] = entry
  }
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
