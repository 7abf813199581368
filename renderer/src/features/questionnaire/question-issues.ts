import type { ScoringIssue, ScoringResult } from '@shared/scoring'

/** Hard errors first, then warnings, per question id: what to show under each question. */
export function issuesByQuestion(
  result: ScoringResult
): ReadonlyMap<string, readonly ScoringIssue[]> {
  const map = new Map<string, ScoringIssue[]>()
  for (const issue of [...result.errors, ...result.warnings]) {
    for (const id of new Set(issue.questionIds)) {
      const list = map.get(id)
      if (list) list.push(issue)
      else map.set(id, [issue])
    }
  }
  return map
}

/** Same issues, same order: lets a question row skip re-rendering when re-scoring changed nothing for it. */
export function sameIssues(a: readonly ScoringIssue[], b: readonly ScoringIssue[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  return a.every((issue, i) => {
    const other = b[i] as ScoringIssue
    return (
      issue.severity === other.severity &&
      issue.code === other.code &&
      issue.ruleId === other.ruleId &&
      issue.message['zh-CN'] === other.message['zh-CN'] &&
      issue.message['en-US'] === other.message['en-US']
    )
  })
}
