import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { applyBankUpgrade, planBankUpgrade } from '../assessment/bank-upgrade'
import { describeIssue, describePlace } from '../issues/describe'
import { carryFindings } from '../remediation/carry'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring/score'
import type { ScoringResult } from '../scoring/types'
import { defaultBank } from '../testing/default-bank'
import { loadedBank11 } from '../testing/registers-sample'
import { comparisonRefusal } from './bank-mapping'
import { compareAssessments, type ScoreDelta } from './compare'
import { expectedDelta } from './test-support'

const bank10 = defaultBank()
const bank11 = loadedBank11().bank

const previous: Assessment = {
  ...generateSampleAssessment(bank10, { seed: 1 }),
  status: 'finalized'
}
const previousResult = scoreAssessment(bank10, previous)

const turned = (value: unknown) => (value === 'no' ? 'yes' : 'no')

/** The next period as the app makes it: started from `previous`, moved to 1.1.0, then answered. */
function nextPeriodOn11(): Assessment {
  const carried = carryFindings(previous, previousResult.findings)
  const next: Assessment = {
    ...previous,
    id: 'next-period-11',
    status: 'draft',
    metadata: { ...previous.metadata, period: { start: '2025-07-01', end: '2026-06-30' } },
    findings: carried.findings,
    previousPeriod: carried.previousPeriod
  }
  const planned = planBankUpgrade(next, bank10, bank11)
  if (!planned.ok) throw new Error(JSON.stringify(planned.refusal))
  const actor = { by: '张伟', at: '2026-07-01T09:00:00+08:00', auditId: 'au-up' }
  const upgraded = applyBankUpgrade(next, planned.plan, bank11, actor)
  // A few answers change: A4.02 (1.0.0 A2.07) turns over, every seventh maturity answer rises.
  const answers = upgraded.answers.map((answer, k) => {
    if (answer.questionId === 'A4.02') return { ...answer, value: turned(answer.value) }
    if (typeof answer.value === 'number' && answer.value < 4 && k % 7 === 0)
      return { ...answer, value: answer.value + 1 }
    return answer
  })
  return { ...upgraded, answers, auditLog: [] }
}

describe('period comparison across a bank upgrade (1.0.0 → 1.1.0)', () => {
  const current = nextPeriodOn11()
  const currentResult = scoreAssessment(bank11, current)
  const comparison = compareAssessments(
    { assessment: previous, bank: bank10, result: previousResult },
    { assessment: current, bank: bank11, result: currentResult }
  )

  it('gives every pillar, section and factor of either bank the difference of its own scores', () => {
    const check = <T extends { id: string }>(
      got: readonly ScoreDelta[],
      before: readonly T[],
      after: readonly T[],
      score: (node: T) => number | null
    ) => {
      const ids = [...new Set([...after, ...before].map((n) => n.id))].sort()
      expect(got.map((d) => d.id).sort()).toEqual(ids)
      for (const d of got) {
        const a = before.find((n) => n.id === d.id)
        const b = after.find((n) => n.id === d.id)
        const p = a === undefined ? null : score(a)
        const c = b === undefined ? null : score(b)
        expect(d).toMatchObject({ previous: p, current: c, delta: expectedDelta(p, c) })
        // A node only one bank has is marked so, and has no delta invented.
        expect(d.only).toBe(a === undefined ? 'current' : b === undefined ? 'previous' : undefined)
      }
    }
    const r0: ScoringResult = previousResult
    const r1: ScoringResult = currentResult
    check(comparison.pillars, r0.pillars, r1.pillars, (p) => p.score)
    check(comparison.sections, r0.sections, r1.sections, (s) => s.combinedScore)
    check(comparison.factors, r0.factors, r1.factors, (f) => f.score)
    // 监管对照 (A4) is new in 1.1.0.
    expect(comparison.sections.find((s) => s.id === 'A4')).toMatchObject({
      only: 'current',
      previous: null,
      delta: null
    })
    expect(comparison.overall).toMatchObject({
      previous: r0.overall.score,
      current: r1.overall.score,
      delta: expectedDelta(r0.overall.score, r1.overall.score)
    })
    expect(comparison.factorIndex.delta).toBe(expectedDelta(r0.factorIndex, r1.factorIndex))
  })

  it('names the versions and lists moved, removed and added questions', () => {
    const mapping = comparison.bankMapping!
    expect(mapping).toMatchObject({
      bankId: 'sac-stability-2025',
      previousVersion: '1.0.0',
      currentVersion: '1.1.0'
    })
    expect(mapping.moved).toContainEqual({ from: 'A2.07', to: 'A4.02' })
    expect(mapping.moved).toContainEqual({ from: 'A1.08', to: 'A4.01' })
    expect(mapping.removed.map((q) => q.id)).toContain('A3.06')
    expect(mapping.added.map((q) => q.id)).toContain('A4.03')
    // Each one-sided question carries its own period's answer and score.
    for (const q of mapping.removed)
      expect(q.score).toBe(previousResult.questions.find((r) => r.id === q.id)!.effectiveScore)
    for (const q of mapping.added)
      expect(q.score).toBe(currentResult.questions.find((r) => r.id === q.id)!.effectiveScore)
  })

  it('diffs answers through the mapping: a moved question is one row with both ids', () => {
    const removed = new Set(comparison.bankMapping!.removed.map((q) => q.id))
    const added = new Set(comparison.bankMapping!.added.map((q) => q.id))
    const a402 = comparison.answers.find((a) => a.id === 'A4.02')
    const a207 = previous.answers.find((a) => a.questionId === 'A2.07')!.value
    expect(a402).toMatchObject({
      previousId: 'A2.07',
      previousValue: a207,
      currentValue: turned(a207)
    })
    expect(comparison.answers.some((a) => a.id === 'A2.07')).toBe(false)
    for (const change of comparison.answers) {
      // Removed and added questions are listed as such, never as changed answers.
      expect(added.has(change.id)).toBe(false)
      expect(removed.has(change.previousId ?? change.id)).toBe(false)
      const p = previousResult.questions.find((q) => q.id === (change.previousId ?? change.id))!
      const c = currentResult.questions.find((q) => q.id === change.id)!
      expect(change.delta).toBe(expectedDelta(p.effectiveScore, c.effectiveScore))
    }
    // An answer carried as it is, unchanged and scored the same, is no change.
    const unchanged = current.answers.find(
      (a) =>
        a.questionId === 'A1.01' &&
        a.value === previous.answers.find((b) => b.questionId === 'A1.01')?.value
    )
    if (unchanged) expect(comparison.answers.some((a) => a.id === 'A1.01')).toBe(false)
  })

  it('matches findings through the mapping: opened, closed, repeated, carried, removed', () => {
    const { moved, removed: gone } = comparison.bankMapping!
    const movedTo = new Map(moved.map((m) => [`q:${m.from}`, `q:${m.to}`]))
    const mapped = (id: string) => movedTo.get(id) ?? id
    const before = previousResult.findings.map((f) => f.id)
    const now = new Set(currentResult.findings.map((f) => f.id))
    const { opened, closed, repeated, carried, removed } = comparison.findings
    const goneIds = new Set(gone.map((q) => `q:${q.id}`))
    expect(removed).toEqual(before.filter((id) => goneIds.has(id)).sort())
    expect(removed.length).toBeGreaterThan(0)
    const beforeNow = new Set(before.filter((id) => !removed.includes(id)).map(mapped))
    expect(opened).toEqual([...now].filter((id) => !beforeNow.has(id)).sort())
    expect(closed).toEqual([...beforeNow].filter((id) => !now.has(id)).sort())
    expect(repeated.length + opened.length).toBe(now.size)
    // The records carried into the next period followed their questions to the new ids.
    expect(carried).toEqual(current.findings.map((f) => f.findingId).sort())
    expect(carried.some((id) => id.startsWith('q:A2.'))).toBe(
      current.findings.some((f) => f.findingId.startsWith('q:A2.'))
    )
  })

  it('gives a per-system factor each key system’s value in both periods and its change', () => {
    const a = { ...generateSampleAssessment(bank11, { seed: 1 }), id: 's1' }
    const b = { ...generateSampleAssessment(bank11, { seed: 2 }), id: 's2' }
    const [ra, rb] = [scoreAssessment(bank11, a), scoreAssessment(bank11, b)]
    const same = compareAssessments(
      { assessment: a, bank: bank11, result: ra },
      { assessment: b, bank: bank11, result: rb }
    )
    const perSystem = rb.factors.filter((f) => f.systems !== null)
    expect(perSystem.length).toBeGreaterThan(0)
    for (const factor of same.factors) {
      const before = ra.factors.find((f) => f.id === factor.id)!.systems
      const after = rb.factors.find((f) => f.id === factor.id)!.systems
      if (before === null && after === null) {
        expect(factor.systems).toBeNull()
        continue
      }
      // This period's systems in its order, then those only the previous period had.
      const now = after!.map((s) => s.systemId)
      const gone = before!.map((s) => s.systemId).filter((id) => !now.includes(id))
      expect(factor.systems!.map((s) => s.systemId)).toEqual([...now, ...gone])
      for (const system of factor.systems!) {
        const p = before!.find((s) => s.systemId === system.systemId)?.value ?? null
        const c = after!.find((s) => s.systemId === system.systemId)?.value ?? null
        expect(system).toMatchObject({
          previousValue: p,
          currentValue: c,
          delta: expectedDelta(p, c)
        })
      }
    }
    expect(same.factors.some((f) => f.systems?.some((s) => s.delta !== null))).toBe(true)
    // 1.0.0's F11 was one pooled figure; 1.1.0's is per system: only the current side has systems.
    const f11 = comparison.factors.find((f) => f.id === 'F11')!
    expect(f11.systems?.every((s) => s.previousValue === null && s.delta === null)).toBe(true)
  })

  it('refuses a bank with another id, placed and worded in both languages', () => {
    const other = { ...current, bank: { ...current.bank, id: 'other-bank' } }
    const issue = comparisonRefusal(previous, other)
    expect(issue).toMatchObject({
      code: 'assessment.comparedOtherBank',
      place: { field: 'bank.id' }
    })
    expect(describeIssue(issue!, 'zh-CN')).toContain('不同题库的评估无法逐项对比')
    expect(describeIssue(issue!, 'zh-CN')).toContain('sac-stability-2025 1.0.0')
    expect(describeIssue(issue!, 'en-US')).toContain('other-bank 1.1.0')
    expect(describePlace(issue!.place, 'en-US')).toContain('bank.id')
    expect(comparisonRefusal(previous, current)).toBeNull()
    expect(() =>
      compareAssessments(
        { assessment: previous, bank: bank10, result: previousResult },
        { assessment: other, bank: bank11, result: currentResult }
      )
    ).toThrow(/different banks/)
  })
})
