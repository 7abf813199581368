import type { Bank, BankRef } from '../../bank/bank'
import { bankRef } from '../../bank/identity'
import { indexBank } from '../../bank/lookup'
import type { QuestionReplacement } from '../../bank/replaces'
import type { Question } from '../../bank/question'
import type { Answer, Assessment, FindingRecord } from '../assessment'
import { answerValueIssue } from '../validate-answer'
import { compareBanks, questionAspects, type ItemChange, type ItemRouting } from './item-changes'
import { planFactorEntry, type FactorEntryFate } from './plan-factors'

/**
 * Why an answer carries marked 请确认 / please confirm: the new bank says so (`confirm`), its value
 * was translated, the question changed, or several old answers met in one question.
 */
export type ConfirmReason = 'bankSaysConfirm' | 'translated' | 'questionChanged' | 'merged'

/** Why an answer (or a factor entry, or a finding record) cannot carry. */
export type NotCarriedReason =
  | 'removed'
  | 'invalidValue'
  | 'naNotAllowed'
  | 'mergedAway'
  | 'nowPerSystem'
  | 'noLongerPerSystem'
  | 'noInputs'

/** What happens to one answer of the assessment. */
export type AnswerFate =
  | { outcome: 'carried'; questionId: string; to: string; answer: Answer }
  | {
      outcome: 'confirm'
      questionId: string
      to: string
      reason: ConfirmReason
      oldValue: Answer['value']
      answer: Answer
    }
  | { outcome: 'notCarried'; questionId: string; reason: NotCarriedReason; old: Answer }

/** What happens to one finding record (its id follows the question or factor it is about). */
export type FindingFate =
  | { outcome: 'carried'; findingId: string; to: string; record: FindingRecord }
  | { outcome: 'notCarried'; findingId: string; reason: 'removed'; old: FindingRecord }

/**
 * Moving an assessment from its bank version to another version of the same bank, worked out and
 * shown before anything changes: every question and factor that is added, removed or changed,
 * and for every answer, factor entry and finding record whether it carries as it is, carries
 * marked please confirm, or cannot carry (then it is kept in the audit entry with its old value).
 */
export interface BankUpgradePlan {
  from: BankRef
  to: BankRef
  /** The same bank content: upgrading changes nothing. */
  noop: boolean
  changes: ItemChange[]
  answers: AnswerFate[]
  factors: FactorEntryFate[]
  findings: FindingFate[]
  /** The profile the upgraded assessment is scored with (the same id when the new bank has it). */
  profileId: string
}

/** Why an upgrade cannot be planned at all (not the same bank id, or not the assessment's bank). */
export type BankUpgradeRefusal =
  | { problem: 'otherBank'; assessmentBank: string; bank: string }
  | { problem: 'wrongSource'; assessmentBank: BankRef; source: BankRef }
  | { problem: 'finalized' }

export function planBankUpgrade(
  assessment: Assessment,
  from: Bank,
  to: Bank
): { ok: true; plan: BankUpgradePlan } | { ok: false; refusal: BankUpgradeRefusal } {
  const source = bankRef(from)
  const target = bankRef(to)
  if (assessment.status === 'finalized') return { ok: false, refusal: { problem: 'finalized' } }
  if (source.contentHash !== assessment.bank.contentHash)
    return {
      ok: false,
      refusal: { problem: 'wrongSource', assessmentBank: assessment.bank, source }
    }
  if (from.id !== to.id)
    return { ok: false, refusal: { problem: 'otherBank', assessmentBank: from.id, bank: to.id } }
  if (source.contentHash === target.contentHash)
    return { ok: true, plan: unchangedPlan(assessment, source, to.profiles) }
  const { changes, routing } = compareBanks(from, to)
  const answers = planAnswers(assessment.answers, from, to, routing.questionTargets)
  const factors = assessment.factors.map((entry) =>
    planFactorEntry(entry, from, to, routing.factorTargets.get(entry.factorId) ?? [])
  )
  const findings = planFindings(assessment.findings, routing)
  const profileId = to.profiles.some((p) => p.id === assessment.profile.id)
    ? assessment.profile.id
    : to.defaultProfileId
  return {
    ok: true,
    plan: {
      from: source,
      to: target,
      noop: false,
      changes,
      answers,
      factors,
      findings,
      profileId
    }
  }
}

/** Translates a value by the replacement's value pairs (a list option by option). */
function translate(
  value: Answer['value'],
  replacement: QuestionReplacement | undefined
): { value: Answer['value']; translated: boolean } {
  const pairs = replacement?.values
  if (pairs === undefined || value === null) return { value, translated: false }
  const one = (v: string | number): string | number =>
    pairs.find((pair) => pair.from === v)?.to ?? v
  if (Array.isArray(value)) {
    const next = value.map((v) => String(one(v)))
    return { value: next, translated: next.some((v, i) => v !== value[i]) }
  }
  const next = one(value)
  return { value: next, translated: next !== value }
}

/**
 * Each answer in turn: to the question that takes it, translated and checked against that
 * question. When several old answers meet in one question the first in the old bank's order that
 * fits carries (marked please confirm); the others are recorded as merged away.
 */
function planAnswers(
  answers: readonly Answer[],
  from: Bank,
  to: Bank,
  targets: ReadonlyMap<string, string[]>
): AnswerFate[] {
  const a = indexBank(from)
  const b = indexBank(to)
  const order = (id: string) => a.questions.get(id)?.order ?? Number.MAX_SAFE_INTEGER
  const sorted = [...answers].sort((x, y) => order(x.questionId) - order(y.questionId))
  const taken = new Set<string>()
  const fates = new Map<Answer, AnswerFate>()
  for (const answer of sorted) {
    const goesTo = targets.get(answer.questionId) ?? []
    const fate = goesTo.length === 0 ? null : fateIn(answer, goesTo[0]!)
    fates.set(
      answer,
      fate ?? {
        outcome: 'notCarried',
        questionId: answer.questionId,
        reason: 'removed',
        old: answer
      }
    )
  }
  return answers.map((answer) => fates.get(answer)!)

  function fateIn(answer: Answer, to: string): AnswerFate {
    const notCarried = (reason: NotCarriedReason): AnswerFate => ({
      outcome: 'notCarried',
      questionId: answer.questionId,
      reason,
      old: answer
    })
    const question = b.questions.get(to)!.question
    if (taken.has(to)) return notCarried('mergedAway')
    const replacement = question.replaces?.find((r) => r.question === answer.questionId)
    const { value, translated } = translate(answer.value, replacement)
    if (answer.na !== undefined && !question.allowNA) return notCarried('naNotAllowed')
    if (answerValueIssue(question, value) !== null) return notCarried('invalidValue')
    taken.add(to)
    const reason = confirmReason(answer, question, replacement, translated)
    const moved: Answer = { ...answer, questionId: to, value }
    if (reason === null)
      return { outcome: 'carried', questionId: answer.questionId, to, answer: moved }
    return {
      outcome: 'confirm',
      questionId: answer.questionId,
      to,
      reason,
      oldValue: answer.value,
      answer: { ...moved, carriedOver: true }
    }
  }

  function confirmReason(
    answer: Answer,
    question: Question,
    replacement: QuestionReplacement | undefined,
    translated: boolean
  ): ConfirmReason | null {
    if (replacement?.confirm === true) return 'bankSaysConfirm'
    if (translated) return 'translated'
    const sources = sorted.filter(
      (other) => (targets.get(other.questionId) ?? [])[0] === question.id
    )
    if (sources.length > 1) return 'merged'
    const old = a.questions.get(answer.questionId)!.question
    return questionAspects(old, question).some((aspect) => aspect !== 'guidance')
      ? 'questionChanged'
      : null
  }
}

/** A finding record follows its question or factor; one about a removed item stays behind. */
function planFindings(findings: readonly FindingRecord[], routing: ItemRouting): FindingFate[] {
  return findings.map((record) => {
    const [kind, id] = [record.findingId.slice(0, 1), record.findingId.slice(2)]
    const targets = kind === 'q' ? routing.questionTargets : routing.factorTargets
    const next = targets.get(id)?.[0]
    return next === undefined
      ? { outcome: 'notCarried', findingId: record.findingId, reason: 'removed', old: record }
      : {
          outcome: 'carried',
          findingId: record.findingId,
          to: `${kind}:${next}`,
          record: { ...record, findingId: `${kind}:${next}` }
        }
  })
}

export type { FactorEntryFate }

/** The same bank content: everything carries as it is. */
function unchangedPlan(
  assessment: Assessment,
  ref: BankRef,
  profiles: Bank['profiles']
): BankUpgradePlan {
  return {
    from: ref,
    to: ref,
    noop: true,
    changes: [],
    answers: assessment.answers.map((answer) => ({
      outcome: 'carried',
      questionId: answer.questionId,
      to: answer.questionId,
      answer
    })),
    factors: assessment.factors.map((entry) => ({
      outcome: 'carried',
      factorId: entry.factorId,
      to: entry.factorId,
      entry
    })),
    findings: assessment.findings.map((record) => ({
      outcome: 'carried',
      findingId: record.findingId,
      to: record.findingId,
      record
    })),
    profileId: profiles.some((p) => p.id === assessment.profile.id)
      ? assessment.profile.id
      : profiles[0]!.id
  }
}
