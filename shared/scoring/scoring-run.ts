import type { LevelDefinition, ScoringProfile } from '../bank/profile'
import type { ScoringPlan } from './plan'
import { makeIssue, scoringText } from './issues'
import type { ScoringIssue } from './types'

/**
 * One scoring of one assessment, as its steps share it: the prepared plan, the profile the
 * assessment carries, and the error and warning lists every step appends to.
 */
export interface ScoringRun {
  plan: ScoringPlan
  profile: ScoringProfile
  levels: LevelDefinition[]
  errors: ScoringIssue[]
  warnings: ScoringIssue[]
}

/** What an assessment's entries are keyed by: a question of the bank, or a factor. */
interface PlacedKind {
  /** Position in the plan by id. */
  index: ReadonlyMap<string, number>
  size: number
  /** The text parameter and target list that name the id. */
  param: 'question' | 'factor'
  unknown: 'unknownQuestion' | 'unknownFactor'
  duplicate: 'duplicateAnswer' | 'duplicateFactorEntry'
}

/**
 * An assessment's entries (answers, factor entries) by their position in the plan. Of duplicates
 * the first counts and the others are errors; entries for ids the bank lacks are warnings and
 * are ignored.
 */
export function placeEntries<T>(
  run: ScoringRun,
  entries: readonly T[],
  idOf: (entry: T) => string,
  kind: PlacedKind
): Array<T | undefined> {
  const at: Array<T | undefined> = new Array<T | undefined>(kind.size)
  const issue = (
    severity: ScoringIssue['severity'],
    code: PlacedKind['unknown' | 'duplicate'],
    id: string
  ) =>
    makeIssue(
      severity,
      code,
      kind.param === 'question' ? { questionIds: [id] } : { factorIds: [id] },
      scoringText(code, { [kind.param]: id })
    )
  for (const entry of entries) {
    const id = idOf(entry)
    const i = kind.index.get(id)
    if (i === undefined) run.warnings.push(issue('warning', kind.unknown, id))
    else if (at[i] !== undefined) run.errors.push(issue('error', kind.duplicate, id))
    else at[i] = entry
  }
  return at
}
