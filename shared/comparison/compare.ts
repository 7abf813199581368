import type { Answer, Assessment, AnswerValue } from '../assessment/assessment'
import { formatScore } from '../scoring/format'
import type { ScoringResult } from '../scoring/types'

/** One node's score in both periods and the change (null when either side has no score). */
export interface ScoreDelta {
  id: string
  previous: number | null
  current: number | null
  delta: number | null
}

/** A question whose answer or score changed between the periods. */
export interface AnswerChange extends ScoreDelta {
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
  }
}

export interface ComparedPeriod {
  assessment: Assessment
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
    return { id, previous: p, current: c, delta: scoreDelta(p, c) }
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

function answerChanges(prev: ComparedPeriod, curr: ComparedPeriod): AnswerChange[] {
  const answerOf = (answers: readonly Answer[]) => new Map(answers.map((a) => [a.questionId, a]))
  const before = answerOf(prev.assessment.answers)
  const now = answerOf(curr.assessment.answers)
  const questionDeltas = deltas(
    prev.result.questions,
    curr.result.questions,
    (q) => q.effectiveScore
  )
  return questionDeltas.flatMap((d) => {
    const a = before.get(d.id)
    const b = now.get(d.id)
    const change: AnswerChange = {
      ...d,
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

function periodRef(side: ComparedPeriod): PeriodRef {
  const { assessment } = side
  return {
    assessmentId: assessment.id,
    institution: assessment.metadata.institution,
    period: { ...assessment.metadata.period },
    bank: { id: assessment.bank.id, version: assessment.bank.version }
  }
}

/** Compares two scored assessments of the same institution on the same bank. */
export function compareAssessments(prev: ComparedPeriod, curr: ComparedPeriod): Comparison {
  const questions = deltas(prev.result.questions, curr.result.questions, (q) => q.effectiveScore)
  const factors = deltas(prev.result.factors, curr.result.factors, (f) => f.score)
  const valueOf = (result: ScoringResult) => new Map(result.factors.map((f) => [f.id, f.value]))
  const prevValues = valueOf(prev.result)
  const currValues = valueOf(curr.result)
  const before = new Set(prev.result.findings.map((f) => f.id))
  const now = new Set(curr.result.findings.map((f) => f.id))
  const previousId = prev.assessment.id
  // Questions and factors in one ranking, named as findings are (`q:C3.01`, `f:F01`).
  const items = [
    ...questions.map((q) => ({ ...q, id: `q:${q.id}` })),
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
      previousValue: prevValues.get(d.id) ?? null,
      currentValue: currValues.get(d.id) ?? null
    })),
    answers: answerChanges(prev, curr),
    improvements: ranked(items, 1),
    regressions: ranked(items, -1),
    findings: {
      opened: [...now].filter((id) => !before.has(id)).sort(),
      closed: [...before].filter((id) => !now.has(id)).sort(),
      repeated: [...now].filter((id) => before.has(id)).sort(),
      carried: curr.assessment.findings
        .filter((record) => record.history?.some((h) => h.assessmentId === previousId))
        .map((record) => record.findingId)
        .sort()
    }
  }
}
