import type { Condition } from '../conditions'
import type { Question } from '../question'
import type { BankContext } from './context'
import { NUMERIC_QUESTION_TYPES, YES_PARTIAL_NO, quote } from './context'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Why `value` can never be an answer to `question`, or undefined when it can.
 * Used for condition values and red-line values alike.
 */
export function impossibleAnswer(question: Question, value: unknown): string | undefined {
  const subject = `question ${quote(question.id)}`
  switch (question.type) {
    case 'maturity':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
        ? undefined
        : `${quote(value)} is not a maturity level of ${subject} (levels are 0..4)`
    case 'yesPartialNo':
      return (YES_PARTIAL_NO as readonly unknown[]).includes(value)
        ? undefined
        : `${quote(value)} is not a possible answer to yes/partial/no ${subject} (yes, partial, no; N/A is tested with {na: true})`
    case 'singleChoice':
    case 'multiChoice': {
      const ids = question.options.map((option) => option.id)
      return typeof value === 'string' && ids.includes(value)
        ? undefined
        : `${quote(value)} is not an option of ${subject} (options: ${ids.join(', ')})`
    }
    case 'number': {
      if (typeof value !== 'number') return `${subject} takes a number, not ${quote(value)}`
      if (question.min !== undefined && value < question.min) {
        return `${value} is below the minimum (${question.min}) of ${subject}`
      }
      if (question.max !== undefined && value > question.max) {
        return `${value} is above the maximum (${question.max}) of ${subject}`
      }
      return undefined
    }
    case 'percentage':
      return typeof value === 'number' && value >= 0 && value <= 100
        ? undefined
        : `${quote(value)} is not a percentage (0..100) for ${subject}`
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? undefined
        : `${subject} takes a date as YYYY-MM-DD, not ${quote(value)}`
    case 'text':
      return typeof value === 'string' ? undefined : `${subject} takes text, not ${quote(value)}`
    case 'evidence':
      return `${subject} is an evidence request and has no answer value; test it with answered/unanswered`
  }
}

/**
 * Checks every leaf of a condition (skip logic or a consistency rule): the question exists (and
 * is not `selfId`), and the value tested is one that question's answers can take.
 */
export function checkCondition(
  ctx: BankContext,
  condition: Condition,
  path: string,
  selfId?: string
): void {
  if ('all' in condition) {
    condition.all.forEach((child, i) => checkCondition(ctx, child, `${path}.all[${i}]`, selfId))
    return
  }
  if ('any' in condition) {
    condition.any.forEach((child, i) => checkCondition(ctx, child, `${path}.any[${i}]`, selfId))
    return
  }
  if ('not' in condition) {
    checkCondition(ctx, condition.not, `${path}.not`, selfId)
    return
  }
  const id = condition.question
  if (id === selfId) {
    ctx.add(
      path,
      `refers to the question itself (${quote(id)}); a question cannot depend on its own answer`
    )
    return
  }
  const target = ctx.questions.get(id)?.item
  if (target === undefined) {
    ctx.add(path, `refers to unknown question ${quote(id)}`)
    return
  }
  if ('equals' in condition || 'notEquals' in condition) {
    const value = 'equals' in condition ? condition.equals : condition.notEquals
    const problem = impossibleAnswer(target, value)
    if (problem) ctx.add(path, problem)
  } else if ('in' in condition) {
    condition.in.forEach((value, i) => {
      const problem = impossibleAnswer(target, value)
      if (problem) ctx.add(`${path}.in[${i}]`, problem)
    })
  } else if ('gt' in condition || 'gte' in condition || 'lt' in condition || 'lte' in condition) {
    const [op, value] =
      'gt' in condition
        ? (['gt', condition.gt] as const)
        : 'gte' in condition
          ? (['gte', condition.gte] as const)
          : 'lt' in condition
            ? (['lt', condition.lt] as const)
            : (['lte', condition.lte] as const)
    if (!NUMERIC_QUESTION_TYPES.has(target.type)) {
      ctx.add(path, `"${op}" needs a numeric answer, but ${quote(id)} is a ${target.type} question`)
    } else {
      const problem = impossibleAnswer(target, value)
      if (problem) ctx.add(path, `${op} ${value}: ${problem}`)
    }
  } else if ('na' in condition && !target.allowNA) {
    ctx.add(path, `tests N/A, but question ${quote(id)} does not allow N/A (allowNA is false)`)
  }
}
