import type { ValueRef } from '../rules'
import { checkCondition } from './conditions'
import { BANK_PARTS } from '../../issues/catalogue/terms'
import { issueText } from '../../util/issue-codes'
import type { BankContext } from './context'
import { NUMERIC_QUESTION_TYPES, quote } from './context'

/** Consistency rules: unique ids, and every question or factor input they name exists and fits. */
export function checkRules(ctx: BankContext): void {
  const seen = new Map<string, string>()
  ctx.bank.consistencyRules.forEach((rule, ri) => {
    const path = `consistencyRules[${ri}]`
    ctx.unique(seen, rule.id, path, BANK_PARTS.consistencyRule)
    switch (rule.kind) {
      case 'evidenceForHighMaturity':
        return
      case 'condition':
        checkCondition(ctx, rule.when, `${path}.when`)
        rule.questions.forEach((id, qi) => {
          if (!ctx.questions.has(id)) {
            ctx.add(
              `${path}.questions[${qi}]`,
              issueText('bank.unknownQuestion', { question: quote(id) })
            )
          }
        })
        return
      case 'compare':
        checkValueRef(ctx, rule.left, `${path}.left`)
        checkValueRef(ctx, rule.right, `${path}.right`)
        if ('constant' in rule.left && 'constant' in rule.right) {
          ctx.add(path, issueText('bank.twoConstants'))
        }
        return
    }
  })
}

function checkValueRef(ctx: BankContext, ref: ValueRef, path: string): void {
  if ('question' in ref) {
    const question = ctx.questions.get(ref.question)?.item
    if (question === undefined) {
      ctx.add(
        `${path}.question`,
        issueText('bank.unknownQuestion', { question: quote(ref.question) })
      )
    } else if (!NUMERIC_QUESTION_TYPES.has(question.type)) {
      ctx.add(
        `${path}.question`,
        issueText('bank.compareNotNumeric', { question: quote(ref.question), type: question.type })
      )
    }
  } else if ('factor' in ref) {
    const factor = ctx.factors.get(ref.factor)?.item
    if (factor === undefined) {
      ctx.add(`${path}.factor`, issueText('bank.unknownFactor', { factor: quote(ref.factor) }))
    } else if (!factor.inputs.some((input) => input.id === ref.input)) {
      ctx.add(
        `${path}.input`,
        issueText('bank.unknownInput', { input: quote(ref.input), factor: quote(ref.factor) })
      )
    }
  }
}
