import { paths } from '../../app/paths'

/**
 * Where a checklist item, a finding or an audit entry jumps to. The section page reads `?q=` and
 * scrolls to and focuses that question; the factors page reads `?f=` the same way.
 */
export function questionHref(assessmentId: string, sectionId: string, questionId: string): string {
  return `${paths.section(assessmentId, sectionId)}?q=${encodeURIComponent(questionId)}`
}

export function factorHref(assessmentId: string, factorId: string): string {
  return `${paths.factors(assessmentId)}?f=${encodeURIComponent(factorId)}`
}
