import type { Condition } from './conditions'

/** Every question id a condition reads, for reference checks and dependency ordering. */
export function conditionQuestionIds(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestionIds)
  if ('any' in condition) return condition.any.flatMap(conditionQuestionIds)
  if ('not' in condition) return conditionQuestionIds(condition.not)
  return [condition.question]
}
