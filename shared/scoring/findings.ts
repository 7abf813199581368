import type { FactorResult, Finding, QuestionResult } from './types'

/**
 * Weight of a factor gap in the findings ranking. Factors carry no weight in the bank, and the
 * brief gives type-N inputs "the factor's weight" without defining one. A factor is measured
 * outcome evidence for a whole process, so it ranks like an important item (2); a factor with a
 * regulatory red line ranks like a critical item (3), whether or not the line is breached now,
 * because being close to it is what the firm must act on.
 */
export const FACTOR_FINDING_WEIGHT = 2
export const RED_LINE_FACTOR_FINDING_WEIGHT = 3

/** Orders findings by priority (descending), then by id in code-unit order: a stable ranking. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.priority !== b.priority) return b.priority - a.priority
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The gaps, ranked by priority = weight × gap, where gap = 100 − score:
 * - every visible, applicable scored question below 100 (unanswered counts as 0), weighted by
 *   its bank weight;
 * - every factor with a score below 100, weighted {@link FACTOR_FINDING_WEIGHT} or
 *   {@link RED_LINE_FACTOR_FINDING_WEIGHT}.
 * Ids are `q:<questionId>` / `f:<factorId>`, stable across re-scoring, so remediation records
 * (owner, due date, status) stay attached.
 */
export function buildFindings(
  questions: readonly QuestionResult[],
  factors: readonly FactorResult[]
): Finding[] {
  const findings: Finding[] = []
  for (const q of questions) {
    const score = q.effectiveScore
    if (score === null || score >= 100) continue
    const gap = 100 - score
    findings.push({
      id: `q:${q.id}`,
      kind: 'question',
      targetId: q.id,
      sectionId: q.sectionId,
      pillarId: q.pillarId,
      score,
      gap,
      weight: q.weight,
      priority: q.weight * gap,
      redLine: q.flags.includes('redLine'),
      critical: q.critical,
      unanswered: !q.answered
    })
  }
  for (const f of factors) {
    const score = f.score
    if (score === null || score >= 100) continue
    const gap = 100 - score
    const weight = f.redLines.length > 0 ? RED_LINE_FACTOR_FINDING_WEIGHT : FACTOR_FINDING_WEIGHT
    findings.push({
      id: `f:${f.id}`,
      kind: 'factor',
      targetId: f.id,
      sectionId: f.sectionId,
      pillarId: f.pillarId,
      score,
      gap,
      weight,
      priority: weight * gap,
      redLine: f.redLinesBreached.length > 0,
      critical: false,
      unanswered: false
    })
  }
  return findings.sort(compareFindings)
}
