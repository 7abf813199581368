import type { AnswerValue } from '../assessment/assessment'
import { conditionQuestionIds } from '../bank/condition-ids'
import type { Condition } from '../bank/conditions'

/** Answer states as the skip logic and the scorer see them (after validation); 0, a state array's
 * initial value, is unanswered. */
export const ANSWERED = 1
export const NOT_APPLICABLE = 2

/**
 * Per-assessment state the conditions read, indexed by question position in bank order.
 * `visible` is filled in dependency order by {@link resolveVisibility}; `values` holds only
 * valid values (an invalid answer is unanswered).
 */
export interface AnswerStateView {
  visible: Uint8Array
  state: Uint8Array
  values: AnswerValue[]
}

/** A condition turned into a closure over question positions, built once per bank. */
export type CompiledCondition = (view: AnswerStateView) => boolean

const always = (): boolean => true
const never = (): boolean => false

function matches(value: AnswerValue, expected: string | number | boolean): boolean {
  // A multiple-choice answer "equals" an option when that option is selected.
  if (Array.isArray(value)) return typeof expected === 'string' && value.includes(expected)
  return value === expected
}

/**
 * Compiles a condition. Leaf semantics (see shared/bank/conditions.ts): a leaf on a question that
 * is hidden, N/A or unanswered is false, except `unanswered` (true unless answered or N/A — a
 * hidden question is neither) and `na` (true only for a visible, validly N/A question).
 * A leaf naming a question the bank does not have reads it as hidden; `onUnknown` is told.
 */
export function compileCondition(
  condition: Condition,
  indexOf: (questionId: string) => number | undefined,
  onUnknown: (questionId: string) => void
): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, indexOf, onUnknown))
    return (view) => parts.every((part) => part(view))
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, indexOf, onUnknown))
    return (view) => parts.some((part) => part(view))
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, indexOf, onUnknown)
    return (view) => !inner(view)
  }
  const i = indexOf(condition.question)
  if (i === undefined) {
    onUnknown(condition.question)
    return 'unanswered' in condition ? always : never
  }
  const present = (view: AnswerStateView): boolean =>
    view.visible[i] === 1 && view.state[i] === ANSWERED
  if ('equals' in condition) {
    const expected = condition.equals
    return (view) => present(view) && matches(view.values[i] as AnswerValue, expected)
  }
  if ('notEquals' in condition) {
    const expected = condition.notEquals
    return (view) => present(view) && !matches(view.values[i] as AnswerValue, expected)
  }
  if ('in' in condition) {
    const list = condition.in
    return (view) => {
      if (!present(view)) return false
      const value = view.values[i] as AnswerValue
      if (Array.isArray(value)) return value.some((v) => list.includes(v))
      return (typeof value === 'string' || typeof value === 'number') && list.includes(value)
    }
  }
  const numeric = (test: (value: number) => boolean): CompiledCondition => {
    return (view) => {
      if (!present(view)) return false
      const value = view.values[i]
      return typeof value === 'number' && test(value)
    }
  }
  if ('gt' in condition) {
    const bound = condition.gt
    return numeric((v) => v > bound)
  }
  if ('gte' in condition) {
    const bound = condition.gte
    return numeric((v) => v >= bound)
  }
  if ('lt' in condition) {
    const bound = condition.lt
    return numeric((v) => v < bound)
  }
  if ('lte' in condition) {
    const bound = condition.lte
    return numeric((v) => v <= bound)
  }
  if ('answered' in condition) return present
  if ('unanswered' in condition)
    return (view) => !present(view) && !(view.visible[i] === 1 && view.state[i] === NOT_APPLICABLE)
  return (view) => view.visible[i] === 1 && view.state[i] === NOT_APPLICABLE
}

/**
 * The order in which visibility is resolved: bank order, except that a question is resolved
 * after every question its condition reads (so a chain — C hidden because B is hidden because of
 * A's answer — resolves in one pass even if the bank lists a dependent first). A cycle is broken
 * where it is found: the question met again while its own condition is being resolved reads as
 * hidden, and `onCycle` is told.
 */
export function visibilityOrder(
  conditions: ReadonlyArray<Condition | undefined>,
  indexOf: (questionId: string) => number | undefined,
  onCycle: (position: number) => void
): number[] {
  const order: number[] = []
  const mark = new Uint8Array(conditions.length) // 0 new, 1 in progress, 2 done
  const visit = (i: number): void => {
    if (mark[i] === 2) return
    if (mark[i] === 1) {
      onCycle(i)
      return
    }
    mark[i] = 1
    const condition = conditions[i]
    if (condition !== undefined) {
      for (const id of conditionQuestionIds(condition)) {
        const j = indexOf(id)
        if (j !== undefined) visit(j)
      }
    }
    mark[i] = 2
    order.push(i)
  }
  for (let i = 0; i < conditions.length; i++) visit(i)
  return order
}

/**
 * Fills `view.visible` for every question, in `order`: a question without a condition is
 * visible; one with a condition is visible while the condition holds over the questions resolved
 * before it.
 */
export function resolveVisibility(
  conditions: ReadonlyArray<CompiledCondition | null>,
  order: readonly number[],
  view: AnswerStateView
): void {
  view.visible.fill(0)
  for (const i of order) {
    const condition = conditions[i]
    view.visible[i] = condition == null || condition(view) ? 1 : 0
  }
}
