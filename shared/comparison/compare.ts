import type { Assessment, AnswerValue } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { formatScore } from '../scoring/format'
import type { FactorResult, ScoringResult } from '../scoring/types'
import {
  comparisonRefusal,
  mapPreviousPeriod,
  sameBankMapping,
  type BankMapping,
  type MappedPrevious
} from './bank-mapping'

/** One node's score in both periods and the change (null when either side has no score). */
export interface ScoreDelta {
  id: string
  previous: number | null
  current: number | null
  delta: number | null
  /**
   * Across a bank upgrade: the node exists in only one of the two banks (its other score is null
   * because it is not there, not because it was not scored); absent when both have it.
   */
  only?: 'previous' | 'current'
}

/** A question whose answer or score changed between the periods. */
export interface AnswerChange extends ScoreDelta {
  /** Across a bank upgrade: the question's id in the previous bank when it moved (`A2.07`). */
  previousId?: string
  /** The stored answer values (null: not answered, N/A or cleared). */
  previousValue: AnswerValue
  currentValue: AnswerValue
  previousNa: boolean
  currentNa: boolean
}

/** A factor's value and score in both periods. */
export interface FactorDelta extends ScoreDelta {
  previousValue: number | null
  currentValue: number | null
  /**
   * A per-system factor (in either period): each key system's value in both periods, matched by
   * the system's id, and its change (`current − previous`); null when neither period has systems.
   */
  systems: SystemDelta[] | null
}

/** One key system's value of a per-system factor in both periods. */
export interface SystemDelta {
  systemId: string
  name: string
  previousValue: number | null
  currentValue: number | null
  delta: number | null
}

export interface PeriodRef {
  assessmentId: string
  institution: string
  period: { start: string; end: string }
  bank: { id: string; version: string }
}

/**
 * What changed from one period to the next (docs/remediation.md): the overall score, the factor
 * index, every pillar, section/process, factor and question; improvements and regressions ranked
 * by the size of the change; findings opened, closed and carried. Every delta is exactly
 * `current − previous` of the two scoring results, so the app, the workbook and
 * `stability-assessor compare --json` show the same numbers.
 */
export interface Comparison {
  previous: PeriodRef
  current: PeriodRef
  overall: ScoreDelta & { previousLevel: number | null; currentLevel: number | null }
  factorIndex: ScoreDelta
  pillars: ScoreDelta[]
  sections: ScoreDelta[]
  factors: FactorDelta[]
  /** Questions whose answer or score changed, in bank order. */
  answers: AnswerChange[]
  /** Questions and factors whose score rose, largest rise first (ties by id). */
  improvements: ScoreDelta[]
  /** Questions and factors whose score fell, largest fall first (ties by id). */
  regressions: ScoreDelta[]
  findings: {
    /** Gaps now that were not gaps before. */
    opened: string[]
    /** Gaps before that are gaps no more. */
    closed: string[]
    /** Gaps in both periods (重复问题). */
    repeated: string[]
    /** Finding records carried from the previous period (they have its id in their history). */
    carried: string[]
    /** Gaps before on items the current bank no longer has (previous ids). */
    removed: string[]
  }
  /**
   * Two versions of one bank: how the previous period was mapped onto the current version (moved,
   * removed and added questions); null when both use the same bank content.
   */
  bankMapping: BankMapping | null
}

export interface ComparedPeriod {
  assessment: Assessment
  /** The exact bank the assessment was scored with. */
  bank: Bank
  result: ScoringResult
}

/** `current − previous`, rounded to 10 decimals so the subtraction adds no binary noise. */
export function scoreDelta(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null
  return Math.round((current - previous) * 1e10) / 1e10
}

/** A change as people read it: `+2.5`, `-1`, `0`, or `—` when either side has no score. */
export function signedDelta(delta: number | null): string {
  if (delta === null) return '—'
  const text = formatScore(delta)
  return delta > 0 ? `+${text}` : text
}

function deltas<T extends { id: string }>(
  previous: readonly T[],
  current: readonly T[],
  score: (node: T) => number | null
): ScoreDelta[] {
  const before = new Map(previous.map((node) => [node.id, node]))
  const ids = [...current.map((node) => node.id)]
  for (const node of previous) if (!ids.includes(node.id)) ids.push(node.id)
  const now = new Map(current.map((node) => [node.id, node]))
  return ids.map((id) => {
    const a = before.get(id)
    const b = now.get(id)
    const p = a === undefined ? null : score(a)
    const c = b === undefined ? null : score(b)
    const only = a === undefined ? 'current' : b === undefined ? 'previous' : undefined
    return { id, previous: p, current: c, delta: scoreDelta(p, c), ...(only ? { only } : {}) }
  })
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

function ranked(items: readonly ScoreDelta[], sign: 1 | -1): ScoreDelta[] {
  return items
    .filter((item) => item.delta !== null && item.delta * sign > 0)
    .sort((a, b) => (b.delta! - a.delta!) * sign || byId(a, b))
}

function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Each current question's score beside the score of the previous question it takes answers from. */
function questionDeltas(
  prev: ComparedPeriod,
  curr: ComparedPeriod,
  mapped: MappedPrevious
): Array<ScoreDelta & { previousId: string }> {
  const before = new Map(prev.result.questions.map((q) => [q.id, q]))
  return curr.result.questions.flatMap((q) => {
    const previousId = mapped.questionSource.get(q.id)
    const p = previousId === undefined ? undefined : before.get(previousId)
    if (previousId === undefined || p === undefined) return []
    const delta = scoreDelta(p.effectiveScore, q.effectiveScore)
    return [{ id: q.id, previousId, previous: p.effectiveScore, current: q.effectiveScore, delta }]
  })
}

function answerChanges(
  curr: ComparedPeriod,
  mapped: MappedPrevious,
  questions: ReadonlyArray<ScoreDelta & { previousId: string }>
): AnswerChange[] {
  const now = new Map(curr.assessment.answers.map((a) => [a.questionId, a]))
  return questions.flatMap(({ previousId, ...d }) => {
    const a = mapped.answers.get(d.id)
    const b = now.get(d.id)
    const change: AnswerChange = {
      ...d,
      ...(previousId === d.id ? {} : { previousId }),
      previousValue: a?.value ?? null,
      currentValue: b?.value ?? null,
      previousNa: a?.na !== undefined,
      currentNa: b?.na !== undefined
    }
    const changed =
      !sameValue(change.previousValue, change.currentValue) ||
      change.previousNa !== change.currentNa ||
      change.previous !== change.current
    return changed ? [change] : []
  })
}

/** A per-system factor's systems in both periods, current systems first, by system id. */
function systemDeltas(
  before: FactorResult | undefined,
  after: FactorResult | undefined
): SystemDelta[] | null {
  const a = before?.systems ?? null
  const b = after?.systems ?? null
  if (a === null && b === null) return null
  const prev = new Map((a ?? []).map((s) => [s.systemId, s]))
  const now = new Map((b ?? []).map((s) => [s.systemId, s]))
  const ids = [...now.keys(), ...[...prev.keys()].filter((id) => !now.has(id))]
  return ids.map((systemId) => {
    const p = prev.get(systemId)?.value ?? null
    const c = now.get(systemId)?.value ?? null
    const name = now.get(systemId)?.name ?? prev.get(systemId)?.name ?? systemId
    return { systemId, name, previousValue: p, currentValue: c, delta: scoreDelta(p, c) }
  })
}

/** The mapping's lists with each one-sided question's answer and score in its own period. */
function bankMapping(
  prev: ComparedPeriod,
  curr: ComparedPeriod,
  mapped: MappedPrevious
): BankMapping {
  const side = (period: ComparedPeriod) => {
    const answers = new Map(period.assessment.answers.map((a) => [a.questionId, a]))
    const scores = new Map(period.result.questions.map((q) => [q.id, q.effectiveScore]))
    return (id: string) => ({
      id,
      value: answers.get(id)?.value ?? null,
      na: answers.get(id)?.na !== undefined,
      score: scores.get(id) ?? null
    })
  }
  return {
    bankId: curr.assessment.bank.id,
    previousVersion: prev.assessment.bank.version,
    currentVersion: curr.assessment.bank.version,
    moved: mapped.moved,
    removed: mapped.removed.map(side(prev)),
    added: mapped.added.map(side(curr))
  }
}

function periodRef(side: ComparedPeriod): PeriodRef {
  const { assessment } = side
  return {
    assessmentId: assessment.id,
    institution: assessment.metadata.institution,
    period: { ...assessment.metadata.period },
    bank: { id: assessment.bank.id, version: assessment.bank.version }
  }
}

/**
 * Compares two scored assessments of the same institution: on the same bank, or on two versions
 * of one bank id, the previous period mapped onto the current version through the bank-upgrade
 * routing (questions, answers and findings; pillars, sections and factors matched by id, each
 * scored by its own bank). Another bank id is refused: check `comparisonRefusal` first.
 */
export function compareAssessments(prev: ComparedPeriod, curr: ComparedPeriod): Comparison {
  const refusal = comparisonRefusal(prev.assessment, curr.assessment)
  if (refusal !== null) throw new Error(refusal.message)
  const sameBank = prev.assessment.bank.contentHash === curr.assessment.bank.contentHash
  const mapped = sameBank
    ? sameBankMapping(
        prev.assessment,
        curr.result.questions.map((q) => q.id)
      )
    : mapPreviousPeriod(prev.assessment, prev.bank, curr.bank)
  const questions = questionDeltas(prev, curr, mapped)
  const factors = deltas(prev.result.factors, curr.result.factors, (f) => f.score)
  const byId = (result: ScoringResult) => new Map(result.factors.map((f) => [f.id, f]))
  const prevFactors = byId(prev.result)
  const currFactors = byId(curr.result)
  const previousGaps = prev.result.findings.map((f) => f.id)
  const before = new Set(previousGaps.flatMap((id) => mapped.findingId(id) ?? []))
  const now = new Set(curr.result.findings.map((f) => f.id))
  const previousId = prev.assessment.id
  // Questions and factors in one ranking, named as findings are (`q:C3.01`, `f:F01`).
  const items = [
    ...questions.map(({ previousId: _p, ...q }) => ({ ...q, id: `q:${q.id}` })),
    ...factors.map((f) => ({ ...f, id: `f:${f.id}` }))
  ]
  return {
    previous: periodRef(prev),
    current: periodRef(curr),
    overall: {
      id: 'overall',
      previous: prev.result.overall.score,
      current: curr.result.overall.score,
      delta: scoreDelta(prev.result.overall.score, curr.result.overall.score),
      previousLevel: prev.result.overall.level,
      currentLevel: curr.result.overall.level
    },
    factorIndex: {
      id: 'factorIndex',
      previous: prev.result.factorIndex,
      current: curr.result.factorIndex,
      delta: scoreDelta(prev.result.factorIndex, curr.result.factorIndex)
    },
    pillars: deltas(prev.result.pillars, curr.result.pillars, (p) => p.score),
    sections: deltas(prev.result.sections, curr.result.sections, (s) => s.combinedScore),
    factors: factors.map((d) => ({
      ...d,
      previousValue: prevFactors.get(d.id)?.value ?? null,
      currentValue: currFactors.get(d.id)?.value ?? null,
      systems: systemDeltas(prevFactors.get(d.id), currFactors.get(d.id))
    })),
    answers: answerChanges(curr, mapped, questions),
    improvements: ranked(items, 1),
    regressions: ranked(items, -1),
    findings: {
      opened: [...now].filter((id) => !before.has(id)).sort(),
      closed: [...before].filter((id) => !now.has(id)).sort(),
      repeated: [...now].filter((id) => before.has(id)).sort(),
      carried: curr.assessment.findings
        .filter((record) => record.history?.some((h) => h.assessmentId === previousId))
        .map((record) => record.findingId)
        .sort(),
      removed: previousGaps.filter((id) => mapped.findingId(id) === undefined).sort()
    },
    bankMapping: sameBank ? null : bankMapping(prev, curr, mapped)
  }
}
