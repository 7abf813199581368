import type { Answer, Assessment, AnswerValue } from '../assessment/assessment'
import { compareBanks, planBankUpgrade } from '../assessment/bank-upgrade'
import type { Bank } from '../bank/bank'
import { issueText } from '../util/issue-codes'
import { issueAt, type ValidationIssue } from '../util/validation'

/** A question only one of the two banks has, with that period's answer and score. */
export interface OneSidedQuestion {
  id: string
  value: AnswerValue
  na: boolean
  score: number | null
}

/**
 * How the previous period's bank version maps onto the current one (docs/remediation.md,
 * "Across a bank upgrade"): the bank-upgrade routing (`compareBanks`), so a question that moved
 * (1.0.0 A2.07 → 1.1.0 A4.02) is one row with both ids, and questions only one version has are
 * listed as removed or added, never as changed answers.
 */
export interface BankMapping {
  bankId: string
  previousVersion: string
  currentVersion: string
  /** Previous questions answered under another id now, in the current bank's order. */
  moved: Array<{ from: string; to: string }>
  /** Questions of the previous version no current question takes, with the previous answer. */
  removed: OneSidedQuestion[]
  /** Questions new in the current version (taking no previous answers), with the current answer. */
  added: OneSidedQuestion[]
}

/** The previous period seen through the mapping: ids of the current bank, values as carried. */
export interface MappedPrevious {
  /** Current question id → the previous question id it takes its answer from. */
  questionSource: ReadonlyMap<string, string>
  /** Current question id → the previous answer, translated as the upgrade carries it. */
  answers: ReadonlyMap<string, Answer>
  /** A previous finding id (`q:A2.07`) → its id now (`q:A4.02`); absent when its item is gone. */
  findingId: (previousId: string) => string | undefined
  /** Previous question ids no current question takes. */
  removed: string[]
  /** Current question ids that take no previous answer. */
  added: string[]
  moved: Array<{ from: string; to: string }>
}

/**
 * Two periods can be compared when they use the same bank, or two versions of the same bank id
 * (mapped through the upgrade routing); another bank is refused, placed at the previous
 * period's `bank.id` and worded in both languages.
 */
export function comparisonRefusal(
  previous: Pick<Assessment, 'bank'>,
  current: Pick<Assessment, 'bank'>
): ValidationIssue | null {
  if (previous.bank.id === current.bank.id) return null
  return issueAt(
    { field: 'bank.id' },
    issueText('assessment.comparedOtherBank', {
      previous: `${previous.bank.id} ${previous.bank.version}`,
      current: `${current.bank.id} ${current.bank.version}`
    })
  )
}

/** The identity mapping: the same bank content on both sides (`questionIds`: the bank's). */
export function sameBankMapping(prev: Assessment, questionIds: readonly string[]): MappedPrevious {
  return {
    questionSource: new Map(questionIds.map((id) => [id, id])),
    answers: new Map(prev.answers.map((a) => [a.questionId, a])),
    findingId: (id) => id,
    removed: [],
    added: [],
    moved: []
  }
}

/**
 * The previous period mapped onto the current bank version: the planner's routing of questions
 * and factors, and each previous answer as the upgrade would carry it (translated values under
 * the new id; an answer that would not fit keeps its old value for showing).
 */
export function mapPreviousPeriod(
  prev: Assessment,
  prevBank: Bank,
  currBank: Bank
): MappedPrevious {
  const { changes, routing } = compareBanks(prevBank, currBank)
  const questionSource = new Map<string, string>()
  for (const change of changes)
    if (change.kind === 'question' && change.id !== undefined && change.from !== undefined)
      questionSource.set(change.id, change.from[0]!)
  // The plan is only read here: a finalized previous period is planned as if it were open.
  const planned = planBankUpgrade({ ...prev, status: 'draft' }, prevBank, currBank)
  const answers = new Map<string, Answer>()
  const old = new Map(prev.answers.map((a) => [a.questionId, a]))
  for (const [to, from] of questionSource) {
    const fate = planned.ok
      ? planned.plan.answers.find((f) => f.questionId === from && f.outcome !== 'notCarried')
      : undefined
    const answer = fate !== undefined && 'answer' in fate ? fate.answer : old.get(from)
    if (answer !== undefined) answers.set(to, { ...answer, questionId: to })
  }
  const findingId = (id: string) => {
    const kind = id.slice(0, 1)
    const targets = kind === 'q' ? routing.questionTargets : routing.factorTargets
    const next = targets.get(id.slice(2))?.[0]
    return next === undefined ? undefined : `${kind}:${next}`
  }
  return {
    questionSource,
    answers,
    findingId,
    removed: changes
      .filter((c) => c.kind === 'question' && c.change === 'removed')
      .map((c) => c.from![0]!),
    added: changes.filter((c) => c.kind === 'question' && c.change === 'added').map((c) => c.id!),
    moved: changes
      .filter((c) => c.kind === 'question' && c.change === 'moved' && c.from![0] !== c.id)
      .map((c) => ({ from: c.from![0]!, to: c.id! }))
  }
}
