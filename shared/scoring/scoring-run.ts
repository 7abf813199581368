import type { LevelDefinition, ScoringProfile } from '../bank/profile'
import type { ScoringPlan } from './plan'
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
