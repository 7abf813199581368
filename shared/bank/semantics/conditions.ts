import type { IssueText } from '../../util/issue-codes'
import { issueText, issueTexts } from '../../util/issue-codes'
import type { Condition } from '../conditions'
import type { Question } from '../question'
import type { BankContext } from './context'
import { NUMERIC_QUESTION_TYPES, YES_PARTIAL_NO, quote } from './context'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Why `value` can never be an answer to `question`, or undefined when it can.
 * Used for condition values and red-line values alike.
 */
export function impossibleAnswer(question: Question, value: unknown): IssueText | undefined {
  const about = { question: quote(question.id), value: quote(value) }
  switch (question.type) {
    case 'maturity':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
        ? undefined
        : issueText('bank.notMaturityLevel', about)
    case 'yesPartialNo':
      return (YES_PARTIAL_NO as readonly unknown[]).includes(value)
        ? undefined
        : issueText('bank.notYesPartialNo', about)
    case 'singleChoice':
    case 'multiChoice': {
      const ids = question.options.map((option) => option.id)
      return typeof value === 'string' && ids.includes(value)
        ? undefined
        : issueText('bank.notOption', { ...about, options: ids.join(', ') })
    }
    case 'number': {
      if (typeof value !== 'number') return issueText('bank.takesNumber', about)
      if (question.min !== undefined && value < question.min)
        return issueText('bank.belowQuestionMin', { ...about, value, min: question.min })
      if (question.max !== undefined && value > question.max)
        return issueText('bank.aboveQuestionMax', { ...about, value, max: question.max })
      return undefined
    }
    case 'percentage':
      return typeof value === 'number' && value >= 0 && value <= 100
        ? undefined
        : issueText('bank.notPercentage', about)
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value)
        ? undefined
        : issueText('bank.takesDate', about)
    case 'text':
      return typeof value === 'string' ? undefined : issueText('bank.takesText', about)
    case 'evidence':
      return issueText('bank.evidenceHasNoValue', about)
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
    ctx.add(path, issueText('bank.conditionOnItself', { question: quote(id) }))
    return
  }
  const target = ctx.questions.get(id)?.item
  if (target === undefined) {
    ctx.add(path, issueText('bank.unknownQuestion', { question: quote(id) }))
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
      ctx.add(
        path,
        issueText('bank.comparisonNeedsNumber', { op, question: quote(id), type: target.type })
      )
    } else {
      const problem = impossibleAnswer(target, value)
      if (problem)
        ctx.add(
          path,
          issueText('bank.comparedValue', {
            op,
            value: String(value),
            problem: issueTexts(problem)
          })
        )
    }
  } else if ('na' in condition && !target.allowNA) {
    ctx.add(path, issueText('bank.naNotAllowed', { question: quote(id) }))
  }
}
