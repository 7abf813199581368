import { readAssessmentListing, type AssessmentListing } from '../repos/summary'
import { useDatabaseQuery, type LiveResult } from './live-query'

/** The home list, live: lean lines with current status and trash state, and which lines are stale. */
export function useAssessmentListing(): LiveResult<AssessmentListing> {
  return useDatabaseQuery(readAssessmentListing, [])
}
