import type { FactorEntry } from '../assessment/assessment'
import { evaluateFactor } from './factor'
import { localized, makeIssue } from './issues'
import type { ScoringRun } from './scoring-run'
import type { FactorResult } from './types'

/**
 * Evaluates every factor of the bank from the assessment's entries (value, band, score, red
 * lines). Of duplicate entries the first counts; entries for factors the bank lacks are ignored;
 * both are reported.
 */
export function scoreFactors(run: ScoringRun, entries: readonly FactorEntry[]): FactorResult[] {
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
          localized(
            `题库中没有评价要素 ${entry.factorId}，该数据未参与计分`,
            `The bank has no factor ${entry.factorId}; its inputs are ignored`
          )
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
  return bp.factors.map((fp, f) =>
    evaluateFactor(fp, entryAt[f], run.profile.factorScoring, run.errors, run.warnings)
  )
}
