import type { Question } from '../question'
import type { BankContext } from './context'
import { quote } from './context'

/**
 * `replaces` of questions and factors: each names an id of an earlier version, retired here (or
 * the item itself), replaced at most once; value translations end in possible answers, input
 * renames in inputs of the factor.
 */
export function checkReplaces(ctx: BankContext): void {
  const replacedAt = new Map<string, string>()
  const claim = (kind: string, oldId: string, path: string): void => {
    const key = `${kind}:${oldId}`
    const first = replacedAt.get(key)
    if (first !== undefined)
      ctx.add(path, `${kind} ${quote(oldId)} is already replaced at ${first}`)
    else replacedAt.set(key, path)
  }
  for (const { item: question, path } of ctx.questions.values()) {
    question.replaces?.forEach((replacement, ri) => {
      const at = `${path}.replaces[${ri}]`
      if (replacement.question !== question.id && ctx.questions.has(replacement.question))
        ctx.add(
          `${at}.question`,
          `${quote(replacement.question)} is a question of this bank; replaces names an id retired from an earlier version (or the question itself)`
        )
      claim('question', replacement.question, `${at}.question`)
      replacement.values?.forEach((mapping, vi) => {
        const problem = impossibleValue(question, mapping.to)
        if (problem) ctx.add(`${at}.values[${vi}].to`, problem)
      })
    })
  }
  for (const { item: factor, path } of ctx.factors.values()) {
    factor.replaces?.forEach((replacement, ri) => {
      const at = `${path}.replaces[${ri}]`
      if (replacement.factor !== factor.id && ctx.factors.has(replacement.factor))
        ctx.add(
          `${at}.factor`,
          `${quote(replacement.factor)} is a factor of this bank; replaces names an id retired from an earlier version (or the factor itself)`
        )
      claim('factor', replacement.factor, `${at}.factor`)
      const inputIds = factor.inputs.map((input) => input.id)
      replacement.inputs?.forEach((rename, ii) => {
        if (!inputIds.includes(rename.to))
          ctx.add(
            `${at}.inputs[${ii}].to`,
            `factor ${quote(factor.id)} has no input ${quote(rename.to)}`
          )
      })
    })
  }
}

/** Why `value` cannot be an answer of `question` (a translation's target), or undefined. */
function impossibleValue(question: Question, value: string | number): string | undefined {
  const of = `question ${quote(question.id)}`
  switch (question.type) {
    case 'maturity':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4
        ? undefined
        : `${quote(value)} is not a maturity level of ${of} (0..4)`
    case 'yesPartialNo':
      return value === 'yes' || value === 'partial' || value === 'no'
        ? undefined
        : `${quote(value)} is not yes, partial or no`
    case 'singleChoice':
    case 'multiChoice': {
      const ids = question.options.map((option) => option.id)
      return typeof value === 'string' && ids.includes(value)
        ? undefined
        : `${quote(value)} is not an option of ${of} (options: ${ids.join(', ')})`
    }
    case 'number':
    case 'percentage':
      return typeof value === 'number' ? undefined : `${of} takes a number`
    case 'date':
    case 'text':
      return typeof value === 'string' ? undefined : `${of} takes a text`
    case 'evidence':
      return `${of} is answered by evidence, not by a value`
  }
}
