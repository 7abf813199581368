import { BANK_PARTS } from '../../issues/catalogue/terms'
import { issueText } from '../../util/issue-codes'
import { impossibleAnswer } from './conditions'
import type { BankContext } from './context'
import { quote } from './context'

/**
 * `replaces` of questions and factors: each names an id of an earlier version, retired here (or
 * the item itself), replaced at most once; value translations end in possible answers, input
 * renames in inputs of the factor.
 */
export function checkReplaces(ctx: BankContext): void {
  const replacedAt = new Map<string, string>()
  /** An earlier id replaced at `path`: not one this bank still has (but the item itself), replaced once. */
  const claim = (kind: 'question' | 'factor', oldId: string, ownId: string, path: string): void => {
    const current = kind === 'question' ? ctx.questions : ctx.factors
    if (oldId !== ownId && current.has(oldId))
      ctx.add(
        path,
        issueText(
          kind === 'question' ? 'bank.replacesCurrentQuestion' : 'bank.replacesCurrentFactor',
          { id: quote(oldId) }
        )
      )
    const key = `${kind}:${oldId}`
    const first = replacedAt.get(key)
    if (first !== undefined)
      ctx.add(
        path,
        issueText('bank.alreadyReplaced', { what: BANK_PARTS[kind], id: quote(oldId), first })
      )
    else replacedAt.set(key, path)
  }
  for (const { item: question, path } of ctx.questions.values()) {
    question.replaces?.forEach((replacement, ri) => {
      const at = `${path}.replaces[${ri}]`
      claim('question', replacement.question, question.id, `${at}.question`)
      replacement.values?.forEach((mapping, vi) => {
        const problem = impossibleAnswer(question, mapping.to)
        if (problem) ctx.add(`${at}.values[${vi}].to`, problem)
      })
    })
  }
  for (const { item: factor, path } of ctx.factors.values()) {
    factor.replaces?.forEach((replacement, ri) => {
      const at = `${path}.replaces[${ri}]`
      claim('factor', replacement.factor, factor.id, `${at}.factor`)
      const inputIds = factor.inputs.map((input) => input.id)
      replacement.inputs?.forEach((rename, ii) => {
        if (!inputIds.includes(rename.to))
          ctx.add(
            `${at}.inputs[${ii}].to`,
            issueText('bank.noSuchInput', { factor: quote(factor.id), input: quote(rename.to) })
          )
      })
    })
  }
}
