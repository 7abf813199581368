import { describe, expect, it } from 'vitest'
import { defaultBank } from '../testing/default-bank'
import type { Assessment } from '../assessment/assessment'
import { carryFindings } from '../remediation/carry'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring/score'
import type { ScoringResult } from '../scoring/types'
import { compareAssessments } from './compare'
import { expectedDelta } from './test-support'

const bank = defaultBank()
const previous = generateSampleAssessment(bank, { seed: 1 })
const previousResult = scoreAssessment(bank, previous)

/** The next period: started from `previous`, with some answers raised and some lowered. */
function nextPeriod(): Assessment {
  const carried = carryFindings(previous, previousResult.findings)
  const answers = previous.answers.map((answer, k) => {
    if (typeof answer.value !== 'number' || k % 5 !== 0) return answer
    const raised = k % 10 === 0
    return {
      ...answer,
      value: raised ? Math.min(4, answer.value + 1) : Math.max(0, answer.value - 1)
    }
  })
  return {
    ...previous,
    id: 'next-period',
    metadata: { ...previous.metadata, period: { start: '2025-07-01', end: '2026-06-30' } },
    answers,
    findings: carried.findings,
    previousPeriod: carried.previousPeriod
  }
}

describe('period comparison', () => {
  const current = nextPeriod()
  const currentResult = scoreAssessment(bank, current)
  const comparison = compareAssessments(
    { assessment: previous, bank, result: previousResult },
    { assessment: current, bank, result: currentResult }
  )

  it('gives every node the difference of the two scoring results', () => {
    const expectNodes = (
      got: readonly {
        id: string
        previous: number | null
        current: number | null
        delta: number | null
      }[],
      before: readonly { id: string }[],
      after: readonly { id: string }[],
      score: (node: never) => number | null
    ) => {
      expect(got.map((d) => d.id).sort()).toEqual(after.map((n) => n.id).sort())
      for (const d of got) {
        const p = score(before.find((n) => n.id === d.id) as never)
        const c = score(after.find((n) => n.id === d.id) as never)
        expect(d).toMatchObject({ previous: p, current: c, delta: expectedDelta(p, c) })
      }
    }
    const r0: ScoringResult = previousResult
    const r1: ScoringResult = currentResult
    expectNodes(
      comparison.pillars,
      r0.pillars,
      r1.pillars,
      (p: { score: number | null }) => p.score
    )
    expectNodes(
      comparison.sections,
      r0.sections,
      r1.sections,
      (s: { combinedScore: number | null }) => s.combinedScore
    )
    expectNodes(
      comparison.factors,
      r0.factors,
      r1.factors,
      (f: { score: number | null }) => f.score
    )
    expect(comparison.overall).toMatchObject({
      previous: r0.overall.score,
      current: r1.overall.score,
      delta: expectedDelta(r0.overall.score, r1.overall.score)
    })
    expect(comparison.factorIndex.delta).toBe(expectedDelta(r0.factorIndex, r1.factorIndex))
    // Every question whose answer or score changed is listed with its score difference; no other
    // one (a date answer can score differently as the period moves on, with the same value).
    const changed = current.answers.filter(
      (a, k) => JSON.stringify(a.value) !== JSON.stringify(previous.answers[k]!.value)
    )
    expect(changed.length).toBeGreaterThan(5)
    const scoreOf = (r: ScoringResult, id: string) =>
      r.questions.find((q) => q.id === id)?.effectiveScore ?? null
    const rescored = r1.questions
      .filter((q) => scoreOf(r0, q.id) !== q.effectiveScore)
      .map((q) => q.id)
    expect(comparison.answers.map((a) => a.id).sort()).toEqual(
      [...new Set([...changed.map((a) => a.questionId), ...rescored])].sort()
    )
    for (const change of comparison.answers) {
      const p = r0.questions.find((q) => q.id === change.id)!.effectiveScore
      const c = r1.questions.find((q) => q.id === change.id)!.effectiveScore
      expect(change.delta).toBe(expectedDelta(p, c))
    }
  })

  it('ranks improvements and regressions by the size of the change', () => {
    expect(comparison.improvements.length).toBeGreaterThan(0)
    expect(comparison.regressions.length).toBeGreaterThan(0)
    const rises = comparison.improvements.map((d) => d.delta!)
    expect(rises.every((d) => d > 0)).toBe(true)
    expect(rises).toEqual([...rises].sort((a, b) => b - a))
    const falls = comparison.regressions.map((d) => d.delta!)
    expect(falls.every((d) => d < 0)).toBe(true)
    expect(falls).toEqual([...falls].sort((a, b) => a - b))
  })

  it('names findings opened, closed, repeated and carried', () => {
    const before = new Set(previousResult.findings.map((f) => f.id))
    const now = new Set(currentResult.findings.map((f) => f.id))
    const { opened, closed, repeated, carried } = comparison.findings
    expect(opened).toEqual([...now].filter((id) => !before.has(id)).sort())
    expect(closed).toEqual([...before].filter((id) => !now.has(id)).sort())
    expect(repeated.length + opened.length).toBe(now.size)
    expect(carried).toEqual(current.findings.map((f) => f.findingId).sort())
    expect(new Set(carried).size).toBe(carried.length)
  })

  it('compares a period with itself as no change at all', () => {
    const same = compareAssessments(
      { assessment: previous, bank, result: previousResult },
      { assessment: previous, bank, result: previousResult }
    )
    expect(same.answers).toEqual([])
    expect(same.improvements).toEqual([])
    expect(same.regressions).toEqual([])
    expect(same.overall.delta).toBe(0)
    expect(same.findings.opened).toEqual([])
    expect(same.findings.closed).toEqual([])
    expect(same.findings.removed).toEqual([])
    expect(same.bankMapping).toBeNull()
  })
})
