import { BANK_PARTS } from '../../issues/catalogue/terms'
import type { IssueTexts } from '../../issues/catalogue/texts'
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
  const claim = (what: IssueTexts, oldId: string, path: string): void => {
    const key = `${what['en-US']}:${oldId}`
    const first = replacedAt.get(key)
    if (first !== undefined)
      ctx.add(path, issueText('bank.alreadyReplaced', { what, id: quote(oldId), first }))
    else replacedAt.set(key, path)
  }
  for (const { item: question, path } of ctx.questions.values()) {
    question.replaces?.forEach((replacement, ri) => {
      const at = `${path}.replaces[${ri}]`
      if (replacement.question !== question.id && ctx.questions.has(replacement.question))
        ctx.add(
          `${at}.question`,
          issueText('bank.replacesCurrentQuestion', { id: quote(replacement.question) })
        )
      claim(BANK_PARTS.question, replacement.question, `${at}.question`)
      replacement.values?.forEach((mapping, vi) => {
        const problem = impossibleAnswer(question, mapping.to)
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
          issueText('bank.replacesCurrentFactor', { id: quote(replacement.factor) })
        )
      claim(BANK_PARTS.factor, replacement.factor, `${at}.factor`)
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
