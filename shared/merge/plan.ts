import type { Assessment, AuditEntry } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { canonicalJson } from '../util/canonical-json'
import { lastTouches, metadataContent, sameContent, sideView } from './content'
import { planAnswers, planFactors, planFeedback, planFindings, planNarrative } from './plan-items'
import { measuredKeys, NO_MEASURES, planRegisters } from './registers'
import { settledBy } from './snapshot'
import type { FigureMeasurer } from '../registers/figure-measurer'
import type { MergeConflict, MergePlan, MergePlanResult, MergeRefusal } from './types'

const refuse = (refusal: MergeRefusal): MergePlanResult => ({ ok: false, ...refusal })

/** The first id that occurs twice in a list, if any. */
function duplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return undefined
}

function invalidCopy(assessment: Assessment, side: string): string | undefined {
  const twice =
    duplicate(assessment.answers.map((a) => a.questionId)) ??
    duplicate(assessment.factors.map((f) => f.factorId)) ??
    duplicate(assessment.findings.map((f) => f.findingId))
  return twice === undefined ? undefined : `${side} copy holds ${twice} twice`
}

/** Theirs' audit entries that mine lacks, or holds in an older version (same id, earlier `at`). */
export function auditEntriesToAdd(
  mine: readonly AuditEntry[],
  theirs: readonly AuditEntry[]
): AuditEntry[] {
  const mineById = new Map(mine.map((entry) => [entry.id, entry]))
  return theirs.filter((entry) => {
    const own = mineById.get(entry.id)
    if (own === undefined) return true
    // The app folds quick successive edits into one entry, moving its time: the later one is newer.
    return !sameContent(own, entry) && Date.parse(entry.at) > Date.parse(own.at)
  })
}

/** Mine's earlier merge decisions by target, oldest first. */
function decisionsByTarget(log: readonly AuditEntry[]): Map<string, AuditEntry[]> {
  const out = new Map<string, AuditEntry[]>()
  for (const entry of log) {
    if (entry.action !== 'assessment.merge' || entry.target === undefined) continue
    const list = out.get(entry.target) ?? []
    list.push(entry)
    out.set(entry.target, list)
  }
  return out
}

/** Why the copies cannot be merged, if they cannot (different assessment or bank, finalized, invalid). */
function refusalOf(mine: Assessment, theirs: Assessment): MergeRefusal | undefined {
  if (mine.id !== theirs.id)
    return {
      reason: 'differentAssessment',
      message: `these are different assessments (${mine.id} and ${theirs.id}); import theirs as a copy instead`
    }
  const [a, b] = [mine.bank, theirs.bank]
  if (a.id !== b.id || a.version !== b.version || a.contentHash !== b.contentHash)
    return {
      reason: 'differentBank',
      message: `the copies were answered against different banks (${a.id} ${a.version}, ${a.contentHash.slice(0, 12)}… and ${b.id} ${b.version}, ${b.contentHash.slice(0, 12)}…)`
    }
  if (mine.status === 'finalized')
    return {
      reason: 'finalized',
      message: 'this assessment is finalized and accepts no merge; reopen it first'
    }
  const invalid = invalidCopy(mine, 'my') ?? invalidCopy(theirs, 'their')
  return invalid === undefined ? undefined : { reason: 'invalid', message: invalid }
}

/**
 * Plans merging theirs (another assessor's copy of the same assessment) into mine (docs/merge.md).
 * Refused when the copies are different assessments, were answered against different banks
 * (id, version or content hash), mine is finalized ("reopen it first"), or a copy answers a
 * question twice. Otherwise: what only theirs has is taken; what both have and differs is a
 * conflict for the lead, with both sides' value, who, when, comment and evidence; equal items are
 * left alone; a conflict an earlier merge already decided the same way is `settled`; audit logs
 * are united and theirs' new assessors added. Registers are taken or in conflict whole, file by
 * file, with the figures they change (`measurer`: the bank's measures; without it, no figure is
 * measured); a figure the registers give is decided by them, not merged as a typed value.
 * Nothing is changed: applyMerge does that.
 */
export function planMerge(
  mine: Assessment,
  theirs: Assessment,
  measurer: FigureMeasurer = NO_MEASURES
): MergePlanResult {
  const refusal = refusalOf(mine, theirs)
  if (refusal !== undefined) return refuse(refusal)

  const sides = {
    mine,
    theirs,
    mineTouches: lastTouches(mine.auditLog),
    theirsTouches: lastTouches(theirs.auditLog),
    measured: measuredKeys(mine, theirs, measurer)
  }
  const conflicts: MergeConflict[] = []
  const mineMeta = metadataContent(mine.metadata)
  const theirsMeta = metadataContent(theirs.metadata)
  if (!sameContent(mineMeta, theirsMeta))
    conflicts.push({
      key: 'metadata',
      kind: 'metadata',
      mine: sideView(mineMeta, undefined, undefined, undefined, []),
      theirs: sideView(theirsMeta, undefined, undefined, undefined, [])
    })
  if (canonicalJson(mine.profile) !== canonicalJson(theirs.profile))
    conflicts.push({
      key: 'profile',
      kind: 'profile',
      mine: sideView(mine.profile, undefined, undefined, undefined, []),
      theirs: sideView(theirs.profile, undefined, undefined, undefined, [])
    })
  const parts = [
    planAnswers(sides),
    planFactors(sides),
    planFindings(sides),
    planFeedback(sides),
    planNarrative(sides),
    planRegisters(mine, theirs, measurer, {
      mine: sides.mineTouches,
      theirs: sides.theirsTouches
    })
  ]
  for (const part of parts) conflicts.push(...part.conflicts)

  const decisions = decisionsByTarget(mine.auditLog)
  const plan: MergePlan = {
    assessmentId: mine.id,
    basedOn: assessmentContentHash(mine),
    takes: parts.flatMap((part) => part.takes),
    conflicts: [],
    settled: [],
    auditToAdd: auditEntriesToAdd(mine.auditLog, theirs.auditLog),
    assessorsToAdd: theirs.metadata.assessors.filter(
      (name, i, all) => !mine.metadata.assessors.includes(name) && all.indexOf(name) === i
    ),
    theirs: {
      assessors: [...theirs.metadata.assessors],
      updatedAt: theirs.updatedAt,
      status: theirs.status
    }
  }
  for (const conflict of conflicts) {
    const decided = settledBy(conflict, decisions)
    if (decided === undefined) plan.conflicts.push(conflict)
    else plan.settled.push({ key: conflict.key, decidedBy: decided })
  }
  return { ok: true, plan }
}

/** Whether applying the plan would change nothing at all (the copies already agree). */
export function isEmptyPlan(plan: MergePlan): boolean {
  return (
    plan.takes.length === 0 &&
    plan.conflicts.length === 0 &&
    plan.auditToAdd.length === 0 &&
    plan.assessorsToAdd.length === 0
  )
}
