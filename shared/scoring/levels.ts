import type { LevelDefinition } from '../bank/profile'
import { roundHalfUp } from './format'

/** The profile's levels, ascending by `minScore` (the profile should already list them so). */
export function sortLevels(levels: readonly LevelDefinition[]): LevelDefinition[] {
  return [...levels].sort((a, b) => a.minScore - b.minScore || a.level - b.level)
}

/**
 * The maturity level of a score: the highest level whose `minScore` the score reaches.
 *
 * The score is first rounded the way the report shows it (one decimal, half-up), so a reader
 * never sees "60.0 → L2": a weighted mean that comes out at 59.96 is displayed as 60.0 and rated
 * L3. This also absorbs floating-point noise (59.99999999999999 for an exact 60). `levels` must be
 * ascending (see {@link sortLevels}); a score below the first `minScore` gets the first level.
 */
export function levelForScore(levels: readonly LevelDefinition[], score: number): number {
  const shown = roundHalfUp(score, 1)
  let level = levels[0]?.level ?? 0
  for (const definition of levels) {
    if (shown >= definition.minScore) level = definition.level
    else break
  }
  return level
}

/** The code a level is shown with (`L3`), from the profile, falling back to `L<n>`. */
export function levelCode(levels: readonly LevelDefinition[], level: number): string {
  for (const definition of levels) if (definition.level === level) return definition.code
  return `L${level}`
}
