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
 * Stable sort by priority, highest first: binary insertion in place. For the few dozen findings
 * of an assessment this beats Array.prototype.sort, which pays a call into the comparator for
 * every comparison; stability keeps equal priorities in the order they were pushed (id order).
 */
function sortByPriority(findings: Finding[]): Finding[] {
  for (let i = 1; i < findings.length; i++) {
    const item = findings[i] as Finding
    const priority = item.priority
    // First position whose priority is lower than this one's (equal ones stay in front).
    let lo = 0
    let hi = i
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((findings[mid] as Finding).priority >= priority) lo = mid + 1
      else hi = mid
    }
    for (let j = i; j > lo; j--) findings[j] = findings[j - 1] as Finding
    findings[lo] = item
  }
  return findings
}

/**
 * The order, by finding id, of every possible finding of a bank: positions 0..q−1 are the
 * questions (bank order), q.. the factors. Computed once per bank, so ranking an assessment's
 * findings needs only a stable numeric sort by priority (ties keep this id order) instead of
 * comparing id strings.
 */
export function findingIdOrder(
  questionIds: readonly string[],
  factorIds: readonly string[]
): number[] {
  const ids = [...questionIds.map((id) => `q:${id}`), ...factorIds.map((id) => `f:${id}`)]
  return ids.map((_, k) => k).sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1))
}

/**
 * The gaps, ranked by priority = weight × gap, where gap = 100 − score:
 * - every visible, applicable scored question below 100 (unanswered counts as 0), weighted by
 *   its bank weight;
 * - every factor with a score below 100, weighted {@link FACTOR_FINDING_WEIGHT} or
 *   {@link RED_LINE_FACTOR_FINDING_WEIGHT}.
 * Ids are `q:<questionId>` / `f:<factorId>`, stable across re-scoring, so remediation records
 * (owner, due date, status) stay attached. `order` is {@link findingIdOrder} of the same lists
 * (the scoring plan holds it).
 */
export function buildFindings(
  questions: readonly QuestionResult[],
  factors: readonly FactorResult[],
  order: readonly number[] = findingIdOrder(
    questions.map((q) => q.id),
    factors.map((f) => f.id)
  )
): Finding[] {
  const findings: Finding[] = []
  const q = questions.length
  for (const k of order) {
    if (k < q) {
      const question = questions[k] as QuestionResult
      const score = question.effectiveScore
      if (score === null || score >= 100) continue
      const gap = 100 - score
      findings.push({
        id: `q:${question.id}`,
        kind: 'question',
        targetId: question.id,
        sectionId: question.sectionId,
        pillarId: question.pillarId,
        score,
        gap,
        weight: question.weight,
        priority: question.weight * gap,
        redLine: question.flags.includes('redLine'),
        critical: question.critical,
        unanswered: !question.answered
      })
      continue
    }
    const f = factors[k - q] as FactorResult
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
  return sortByPriority(findings)
}
