import { conditionQuestionIds } from '../conditions'
import type { Question } from '../question'
import { checkScoresNonIncreasing, checkThresholds } from './bands'
import { checkCondition, impossibleAnswer } from './conditions'
import { BANK_PARTS } from '../../issues/catalogue/terms'
import { issueText } from '../../util/issue-codes'
import type { BankContext } from './context'
import { quote } from './context'

/** Each question: references, skip logic, options, range, numeric scoring and red line. */
export function checkQuestions(ctx: BankContext): void {
  for (const { item: question, path } of ctx.questions.values()) {
    ctx.checkDocumentRefs(question.references, path)
    if (question.visibleWhen !== undefined) {
      checkCondition(ctx, question.visibleWhen, `${path}.visibleWhen`, question.id)
    }
    if ('options' in question) {
      const seen = new Map<string, string>()
      question.options.forEach((option, oi) => {
        ctx.unique(seen, option.id, `${path}.options[${oi}]`, BANK_PARTS.option)
      })
    }
    if (question.type === 'number' && question.min !== undefined && question.max !== undefined) {
      if (question.min > question.max) {
        ctx.add(
          `${path}.min`,
          issueText('bank.minAboveMax', { min: question.min, max: question.max })
        )
      }
    }
    if ((question.type === 'number' || question.type === 'percentage') && question.scoring) {
      checkNumericScoring(ctx, question, `${path}.scoring`)
    }
    if (question.redLine !== undefined) checkRedLine(ctx, question, `${path}.redLine`)
  }
}

function checkRedLine(ctx: BankContext, question: Question, redLinePath: string): void {
  const redLine = question.redLine!
  ctx.unique(ctx.redLineIds, redLine.id, redLinePath, BANK_PARTS.redLine)
  if (question.type === 'text' || question.type === 'evidence' || question.type === 'date') {
    ctx.add(`${redLinePath}.whenAnswerIn`, issueText('bank.redLineOnType', { type: question.type }))
    return
  }
  redLine.whenAnswerIn.forEach((value, vi) => {
    const problem = impossibleAnswer(question, value)
    if (problem) ctx.add(`${redLinePath}.whenAnswerIn[${vi}]`, problem)
  })
}

function checkNumericScoring(
  ctx: BankContext,
  question: Extract<Question, { type: 'number' | 'percentage' }>,
  path: string
): void {
  const scoring = question.scoring!
  if (question.type === 'percentage' && scoring.target > 100) {
    ctx.add(`${path}.target`, issueText('bank.percentTargetAbove100', { target: scoring.target }))
  }
  const bands = scoring.bands
  if (bands === undefined) return
  checkThresholds(
    ctx,
    bands.map((band) => band.threshold),
    scoring.direction,
    `${path}.bands`
  )
  checkScoresNonIncreasing(
    ctx,
    bands.map((band) => band.score),
    `${path}.bands`
  )
}

/** Skip logic must not go round in a circle (each cycle reported once, at its first question). */
export function checkSkipLogicCycles(ctx: BankContext): void {
  const edges = new Map<string, string[]>()
  for (const [id, { item }] of ctx.questions) {
    if (item.visibleWhen === undefined) continue
    const targets = conditionQuestionIds(item.visibleWhen).filter(
      (t) => t !== id && ctx.questions.has(t)
    )
    edges.set(id, [...new Set(targets)])
  }
  const state = new Map<string, 'active' | 'done'>()
  const stack: string[] = []
  const reported = new Set<string>()
  const visit = (id: string): void => {
    state.set(id, 'active')
    stack.push(id)
    for (const next of edges.get(id) ?? []) {
      const nextState = state.get(next)
      if (nextState === 'active') {
        const cycle = stack.slice(stack.indexOf(next))
        const key = [...cycle].sort().join('|')
        if (!reported.has(key)) {
          reported.add(key)
          ctx.add(
            `${ctx.questions.get(cycle[0]!)!.path}.visibleWhen`,
            issueText('bank.skipLogicCycle', {
              cycle: [...cycle, cycle[0]].map((q) => quote(q)).join(' → ')
            })
          )
        }
      } else if (nextState === undefined) {
        visit(next)
      }
    }
    stack.pop()
    state.set(id, 'done')
  }
  for (const id of edges.keys()) if (!state.has(id)) visit(id)
}
