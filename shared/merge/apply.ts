import type {
  Answer,
  Assessment,
  AuditEntry,
  FactorEntry,
  FindingFeedback,
  FindingRecord,
  Narrative
} from '../assessment/assessment'
import { chainAuditLog, verifyAuditChain } from '../assessment/audit-chain'
import { assessmentContentHash } from '../assessment/canonical'
import { sha256Hex } from '../util/sha256'
import type { FigureMeasurer } from '../registers/figure-measurer'
import { isEmptyPlan } from './plan'
import { remeasureMerged, withHolding } from './registers'
import { conflictSnapshot } from './snapshot'
import type { MergeConflict, MergePlan, MergeResolutions, MergeSideView } from './types'

export interface ApplyMergeOptions {
  /** The lead who resolves the merge (audit `by`). */
  by: string
  /** ISO date-time with offset; passed in, never read from the clock. */
  at: string
  /** What theirs came from, for the summary entry, e.g. the package file name. */
  source?: string
  /** Audit entry ids; default: derived from the plan and `at`, so the result is reproducible. */
  newId?: (index: number) => string
  /**
   * The bank's measures: the figures are measured again from the registers that stand, under the
   * merged period and key systems. Without it no figure is measured again.
   */
  measurer?: FigureMeasurer
}

/** applyMerge refused: unresolved conflicts (listed), a stale plan, or a finalized assessment. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly unresolved: readonly string[] = []
  ) {
    super(message)
    this.name = 'MergeError'
  }
}

/** The keys of the plan's conflicts that have no resolution yet, in plan order. */
export function unresolvedConflicts(plan: MergePlan, resolutions: MergeResolutions): string[] {
  return plan.conflicts
    .filter((c) => resolutions[c.key] !== 'mine' && resolutions[c.key] !== 'theirs')
    .map((c) => c.key)
}

const who = (view: MergeSideView<unknown>): string => view.by ?? 'unknown'
const time = (at: string | undefined): number => (at === undefined ? -Infinity : Date.parse(at))

/** Replaces the item with this key, or appends it. */
function put<T>(list: T[], index: Map<string, number>, key: string, item: T): void {
  const at = index.get(key)
  if (at !== undefined) list[at] = item
  else {
    index.set(key, list.length)
    list.push(item)
  }
}

/** Working copies of mine's lists, keyed for replacement; new items are appended in plan order. */
class Draft {
  readonly answers: Answer[]
  readonly factors: FactorEntry[]
  readonly findings: FindingRecord[]
  readonly narrative: Narrative
  registers: Assessment['registers']
  /** Per factor entry: the latest provenance taken from theirs. */
  readonly factorProvenance = new Map<string, { by?: string; at?: string }>()

  private readonly answerAt: Map<string, number>
  private readonly findingAt: Map<string, number>

  constructor(mine: Assessment) {
    this.answers = [...mine.answers]
    this.factors = mine.factors.map((entry) => ({ ...entry, values: { ...entry.values } }))
    this.findings = [...mine.findings]
    this.narrative = { ...mine.narrative }
    this.registers = mine.registers
    this.answerAt = new Map(this.answers.map((a, i) => [a.questionId, i]))
    this.findingAt = new Map(this.findings.map((f, i) => [f.findingId, i]))
  }

  putAnswer(answer: Answer): void {
    put(this.answers, this.answerAt, answer.questionId, answer)
  }

  /** Theirs' record replaces mine's, keeping mine's feedback (merged as an item of its own). */
  putFinding(finding: FindingRecord): void {
    const at = this.findingAt.get(finding.findingId)
    const feedback = at === undefined ? undefined : this.findings[at]?.feedback
    const { feedback: _theirs, ...record } = finding
    put(this.findings, this.findingAt, finding.findingId, {
      ...record,
      ...(feedback === undefined ? {} : { feedback })
    })
  }

  /** The auditee's feedback on a finding; a finding mine has no record of gets an open one. */
  putFeedback(findingId: string, feedback: FindingFeedback): void {
    const at = this.findingAt.get(findingId)
    const record = at === undefined ? { findingId, status: 'open' as const } : this.findings[at]!
    put(this.findings, this.findingAt, findingId, { ...record, feedback })
  }

  factor(factorId: string): FactorEntry {
    const entry = this.factors.find((f) => f.factorId === factorId)
    if (entry === undefined)
      throw new MergeError(`the plan names factor ${factorId}, which mine lacks`)
    return entry
  }

  /** Theirs' provenance stands for the entry if it is the latest change kept in it. */
  noteTheirs(factorId: string, view: MergeSideView<unknown>): void {
    const known = this.factorProvenance.get(factorId)
    if (known === undefined || time(view.at) > time(known.at))
      this.factorProvenance.set(factorId, { by: view.by, at: view.at })
  }

  finishFactors(): FactorEntry[] {
    return this.factors.map((entry) => {
      const theirs = this.factorProvenance.get(entry.factorId)
      if (theirs === undefined || time(theirs.at) <= time(entry.updatedAt)) return entry
      const { updatedBy: _by, updatedAt: _at, ...rest } = entry
      return {
        ...rest,
        ...(theirs.by === undefined ? {} : { updatedBy: theirs.by }),
        ...(theirs.at === undefined ? {} : { updatedAt: theirs.at })
      }
    })
  }
}

function takeTheirs(draft: Draft, item: MergeConflict | MergePlan['takes'][number]): void {
  switch (item.kind) {
    case 'answer':
      draft.putAnswer(item.theirs.item)
      return
    case 'finding':
      draft.putFinding(item.theirs.item)
      return
    case 'feedback':
      draft.putFeedback(item.findingId, item.theirs.item)
      return
    case 'factorEntry':
      draft.factors.push(structuredClone(item.theirs.item))
      return
    case 'factorInput':
      setFactorInput(draft.factor(item.factorId), item.systemId, item.inputId, item.theirs.item)
      draft.noteTheirs(item.factorId, item.theirs)
      return
    case 'factorNotes': {
      const entry = draft.factor(item.factorId)
      entry.evidence = [...item.theirs.evidence]
      if (item.theirs.comment === undefined) delete entry.comment
      else entry.comment = item.theirs.comment
      draft.noteTheirs(item.factorId, item.theirs)
      return
    }
    case 'narrative':
      draft.narrative[item.part] = item.theirs.item
      return
    case 'register':
      // Theirs' file with its overrides replaces mine's of the kind, overrides and all.
      draft.registers = withHolding(
        draft.registers,
        item.theirs.item,
        'mine' in item ? item.mine.item.overrides : {}
      )
      return
    case 'metadata':
    case 'profile':
      return // applied by applyMerge, which also unites the assessors
  }
}

/** Mine's log with theirs' new entries (newer versions replace older ones), in time order. */
function unitedLog(mine: readonly AuditEntry[], added: readonly AuditEntry[]): AuditEntry[] {
  const log = [...mine]
  const index = new Map(log.map((entry, i) => [entry.id, i]))
  for (const entry of added) put(log, index, entry.id, entry)
  // Array.prototype.sort is stable: entries at the same time keep mine-first order.
  return log
    .map((entry, index) => ({ entry, index, t: Date.parse(entry.at) }))
    .sort((x, y) => x.t - y.t || x.index - y.index)
    .map(({ entry }) => entry)
}

/**
 * Applies a plan from planMerge to mine with the lead's resolutions (docs/merge.md): takes what
 * only theirs had, applies each resolution, keeps the provenance (`answeredBy`/`answeredAt`,
 * `updatedBy`/`updatedAt`) of the side whose item is used, unites the audit logs and assessors,
 * and appends one `assessment.merge` audit entry per resolution (oldValue: the version that lost,
 * newValue: the one that stands) and one summary entry. A plan that changes nothing returns mine
 * unchanged. Throws MergeError when a conflict is unresolved (listing the keys), when mine is
 * finalized, or when mine changed since the plan was made.
 */
export function applyMerge(
  mine: Assessment,
  plan: MergePlan,
  resolutions: MergeResolutions,
  options: ApplyMergeOptions
): Assessment {
  if (mine.id !== plan.assessmentId)
    throw new MergeError(`the plan is for assessment ${plan.assessmentId}, not ${mine.id}`)
  if (mine.status === 'finalized')
    throw new MergeError('this assessment is finalized and accepts no merge; reopen it first')
  if (assessmentContentHash(mine) !== plan.basedOn)
    throw new MergeError('the assessment changed after the merge was planned; plan it again')
  const unresolved = unresolvedConflicts(plan, resolutions)
  if (unresolved.length > 0)
    throw new MergeError(
      `${unresolved.length} conflict${unresolved.length > 1 ? 's are' : ' is'} not resolved: ${unresolved.join(', ')}`,
      unresolved
    )
  if (isEmptyPlan(plan)) return mine

  const draft = new Draft(mine)
  for (const take of plan.takes) takeTheirs(draft, take)
  let { metadata, profile } = mine
  const newId =
    options.newId ??
    ((index: number) => `merge-${sha256Hex(`${plan.basedOn}|${options.at}|${index}`).slice(0, 24)}`)
  const entries: AuditEntry[] = []
  const tookTheirs: string[] = []
  const keptMine: string[] = []
  for (const conflict of plan.conflicts) {
    const chosen = resolutions[conflict.key]!
    if (chosen === 'theirs') {
      takeTheirs(draft, conflict)
      if (conflict.kind === 'metadata')
        metadata = { ...conflict.theirs.item, assessors: metadata.assessors }
      if (conflict.kind === 'profile') profile = conflict.theirs.item
      tookTheirs.push(conflict.key)
    } else keptMine.push(conflict.key)
    entries.push({
      id: newId(entries.length),
      at: options.at,
      by: options.by,
      action: 'assessment.merge',
      target: conflict.key,
      oldValue: conflictSnapshot(conflict, chosen === 'theirs' ? 'mine' : 'theirs'),
      newValue: conflictSnapshot(conflict, chosen),
      reason:
        chosen === 'theirs'
          ? `merge: took theirs (${who(conflict.theirs)})`
          : `merge: kept mine (${who(conflict.mine)}) over theirs (${who(conflict.theirs)})`
    })
  }
  if (plan.assessorsToAdd.length > 0)
    metadata = { ...metadata, assessors: [...metadata.assessors, ...plan.assessorsToAdd] }
  let factors = draft.finishFactors()
  if (options.measurer !== undefined) {
    const merged = { metadata, registers: draft.registers }
    const { changed, audit } = remeasureMerged(
      mine,
      merged,
      factors,
      options.measurer,
      options.by,
      options.at
    )
    const byId = new Map(changed.map((entry) => [entry.factorId, entry]))
    factors = [
      ...factors.map((entry) => byId.get(entry.factorId) ?? entry),
      ...changed.filter((entry) => !factors.some((f) => f.factorId === entry.factorId))
    ]
    if (audit !== undefined)
      entries.push({ id: newId(entries.length), at: options.at, by: options.by, ...audit })
  }
  const source = options.source?.slice(0, 200)
  entries.push({
    id: newId(entries.length),
    at: options.at,
    by: options.by,
    action: 'assessment.merge',
    target: 'assessment',
    newValue: {
      ...(source === undefined ? {} : { source }),
      taken: plan.takes.map((t) => t.key),
      tookTheirs,
      keptMine,
      settled: plan.settled.map((s) => s.key),
      auditEntriesAdded: plan.auditToAdd.length,
      assessorsAdded: plan.assessorsToAdd,
      // The united log is chained anew (theirs' entries now stand between mine's), so what mine's
      // chain said before the merge is kept here.
      auditChainBefore: chainVerdictText(mine)
    },
    reason: `merge${source === undefined ? '' : ` of ${source}`}: ${plan.takes.length} taken from theirs, ${plan.conflicts.length} conflicts resolved (${tookTheirs.length} theirs, ${keptMine.length} mine)`
  })
  return {
    ...mine,
    updatedAt: options.at,
    metadata,
    profile,
    answers: draft.answers,
    factors,
    findings: draft.findings,
    ...(draft.registers === undefined ? {} : { registers: draft.registers }),
    ...(mine.narrative === undefined && Object.keys(draft.narrative).length === 0
      ? {}
      : { narrative: draft.narrative }),
    ...chainedLog(unitedLog(mine.auditLog, [...plan.auditToAdd, ...entries]))
  }
}

/** Sets one input of a factor entry: firm-wide, or one key system's. */
function setFactorInput(
  entry: FactorEntry,
  systemId: string | undefined,
  inputId: string,
  value: number | null
): void {
  if (systemId === undefined) {
    entry.values[inputId] = value
    return
  }
  // Copied, not changed in place: the draft's entries share their maps with mine.
  entry.bySystem = {
    ...entry.bySystem,
    [systemId]: { ...entry.bySystem?.[systemId], [inputId]: value }
  }
}

function chainedLog(log: AuditEntry[]): Pick<Assessment, 'auditLog' | 'auditHead'> {
  const { entries, head } = chainAuditLog(log)
  return { auditLog: entries, auditHead: head }
}

/** `intact` or where mine's audit chain broke (`altered at 3 (au-…)`), for the merge entry. */
function chainVerdictText(mine: Assessment): string {
  const verdict = verifyAuditChain(mine.auditLog, mine.auditHead)
  return verdict.intact
    ? 'intact'
    : `${verdict.problem} at ${verdict.index + 1}${verdict.entryId ? ` (${verdict.entryId})` : ''}`
}
