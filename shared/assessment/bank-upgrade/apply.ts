import type { Bank } from '../../bank/bank'
import type { Assessment, AuditEntry } from '../assessment'
import { appendToAuditChain } from '../audit-chain'
import type { BankUpgradePlan } from './plan'

export interface UpgradeActor {
  by: string
  /** ISO date-time with offset. */
  at: string
  /** The audit entry's id. */
  auditId: string
}

/** What the assessment held before the upgrade: the audit entry keeps it all, so undo restores it. */
export interface BankUpgradeBefore {
  bank: Assessment['bank']
  profile: Assessment['profile']
  answers: Assessment['answers']
  factors: Assessment['factors']
  findings: Assessment['findings']
}

/** The audit entry's summary of the move: what carried, what to confirm, what did not carry. */
export interface BankUpgradeSummary {
  bank: Assessment['bank']
  profileId: string
  carried: string[]
  toConfirm: Array<{ from: string; to: string; reason: string }>
  notCarried: Array<{ id: string; reason: string }>
}

/** Puts one item's fate in the summary, named `question:C1.01`, `factor:F01` or `finding:q:C1.01`. */
function tally(
  summary: BankUpgradeSummary,
  kind: 'question' | 'factor' | 'finding',
  id: string,
  fate:
    | { outcome: 'carried' }
    | { outcome: 'confirm'; to: string; reason: string }
    | { outcome: 'notCarried'; reason: string }
): void {
  const from = `${kind}:${id}`
  if (fate.outcome === 'carried') summary.carried.push(from)
  else if (fate.outcome === 'confirm')
    summary.toConfirm.push({ from, to: `${kind}:${fate.to}`, reason: fate.reason })
  else summary.notCarried.push({ id: from, reason: fate.reason })
}

/** The summary as the audit entry records it (and the screen and command line count from). */
export function summarizePlan(plan: BankUpgradePlan): BankUpgradeSummary {
  const summary: BankUpgradeSummary = {
    bank: plan.to,
    profileId: plan.profileId,
    carried: [],
    toConfirm: [],
    notCarried: []
  }
  for (const fate of plan.answers) tally(summary, 'question', fate.questionId, fate)
  for (const fate of plan.factors) tally(summary, 'factor', fate.factorId, fate)
  for (const fate of plan.findings) tally(summary, 'finding', fate.findingId, fate)
  return summary
}

/**
 * The assessment moved to the plan's bank version: answers, factor entries and finding records as
 * the plan says, the new bank reference and profile, and one `assessment.bankUpgrade` audit entry
 * holding everything as it was. Nothing else changes. A plan between identical banks changes
 * nothing at all (no audit entry).
 */
export function applyBankUpgrade(
  assessment: Assessment,
  plan: BankUpgradePlan,
  to: Bank,
  actor: UpgradeActor
): Assessment {
  if (plan.noop) return assessment
  if (assessment.status === 'finalized')
    throw new Error('a finalized assessment is never changed: duplicate it as a draft first')
  if (assessment.bank.contentHash !== plan.from.contentHash)
    throw new Error('the plan was made for another bank version than the assessment has')
  const profile = to.profiles.find((p) => p.id === plan.profileId)
  if (profile === undefined) throw new Error(`the bank has no profile ${plan.profileId}`)
  const before: BankUpgradeBefore = {
    bank: assessment.bank,
    profile: assessment.profile,
    answers: assessment.answers,
    factors: assessment.factors,
    findings: assessment.findings
  }
  const entry: AuditEntry = {
    id: actor.auditId,
    at: actor.at,
    by: actor.by,
    action: 'assessment.bankUpgrade',
    target: `bank:${plan.to.id}@${plan.to.version}`,
    oldValue: before,
    newValue: summarizePlan(plan)
  }
  return {
    ...assessment,
    updatedAt: actor.at,
    bank: { ...plan.to },
    profile,
    answers: plan.answers.flatMap((fate) => (fate.outcome === 'notCarried' ? [] : [fate.answer])),
    factors: plan.factors.flatMap((fate) => (fate.outcome === 'notCarried' ? [] : [fate.entry])),
    findings: plan.findings.flatMap((fate) => (fate.outcome === 'notCarried' ? [] : [fate.record])),
    ...chainedAfter(assessment, entry)
  }
}

/**
 * The last bank upgrade of the assessment, when it can still be undone: it is the latest audit
 * entry (nothing was changed since, so restoring loses no one's work).
 */
export function undoableBankUpgrade(
  assessment: Pick<Assessment, 'status' | 'auditLog'>
): AuditEntry | null {
  const last = assessment.auditLog.at(-1)
  return last?.action === 'assessment.bankUpgrade' && assessment.status !== 'finalized'
    ? last
    : null
}

/** Puts back everything as it was before the last upgrade, with an `assessment.bankUpgradeUndo` entry. */
export function undoBankUpgrade(assessment: Assessment, actor: UpgradeActor): Assessment {
  const upgrade = undoableBankUpgrade(assessment)
  if (upgrade === null)
    throw new Error('there is no bank upgrade to undo (or something changed since)')
  const before = upgrade.oldValue as BankUpgradeBefore
  return {
    ...assessment,
    updatedAt: actor.at,
    ...before,
    ...chainedAfter(assessment, {
      id: actor.auditId,
      at: actor.at,
      by: actor.by,
      action: 'assessment.bankUpgradeUndo',
      target: upgrade.target,
      oldValue: { bank: assessment.bank },
      newValue: { bank: before.bank, undoes: upgrade.id }
    })
  }
}

/** The log with `entry` chained onto it (docs/review.md), and the new head. */
function chainedAfter(
  assessment: Assessment,
  entry: AuditEntry
): Pick<Assessment, 'auditLog' | 'auditHead'> {
  const { entries, head } = appendToAuditChain(assessment.auditLog, assessment.auditHead, [entry])
  return { auditLog: entries, auditHead: head }
}
