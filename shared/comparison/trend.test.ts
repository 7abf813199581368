import { describe, expect, it } from 'vitest'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring/score'
import { defaultBank } from '../testing/default-bank'
import { buildPeriodTrend, type TrendItem } from './trend'

const bank10 = defaultBank()
const loaded11 = loadBank(bank11Json)
if (!loaded11.ok) throw new Error('bank 1.1.0 does not load')
const bank11 = loaded11.value.bank

/** A sample of `bank` for the twelve months ending `end`, under its own id. */
function period(bank: Bank, seed: number, id: string, start: string, end: string): TrendItem {
  const sample = generateSampleAssessment(bank, { seed })
  const assessment: Assessment = {
    ...sample,
    id,
    metadata: { ...sample.metadata, institution: '示例证券', period: { start, end } }
  }
  return { assessment, bank, result: scoreAssessment(bank, assessment) }
}

describe('the trend of an institution over its periods', () => {
  const y2024 = period(bank10, 1, 'p-2024', '2024-01-01', '2024-12-31')
  const y2025 = period(bank10, 2, 'p-2025', '2025-01-01', '2025-12-31')
  const y2026 = period(bank11, 3, 'p-2026', '2026-01-01', '2026-12-31')
  // Handed over in no particular order, as the database returns them.
  const trend = buildPeriodTrend([y2026, y2024, y2025])

  it('orders the periods oldest first and names the institution and the bank versions', () => {
    expect(trend.institution).toBe('示例证券')
    expect(trend.periods.map((p) => p.assessmentId)).toEqual(['p-2024', 'p-2025', 'p-2026'])
    expect(trend.periods.map((p) => p.period.end)).toEqual([
      '2024-12-31',
      '2025-12-31',
      '2026-12-31'
    ])
    expect(trend.banks).toEqual([
      `${bank10.id} ${bank10.version}`,
      `${bank11.id} ${bank11.version}`
    ])
    expect(bank10.version).not.toBe(bank11.version)
  })

  it('carries each period’s own scoring result: overall, level, factor index, pillars, factors', () => {
    for (const [item, got] of [y2024, y2025, y2026].map(
      (item, k) => [item, trend.periods[k]!] as const
    )) {
      expect(got.overall).toBe(item.result.overall.score)
      expect(got.level).toBe(item.result.overall.level)
      expect(got.factorIndex).toBe(item.result.factorIndex)
      expect(got.status).toBe(item.assessment.status)
      expect(Object.keys(got.pillars)).toEqual(item.result.pillars.map((p) => p.id))
      for (const p of item.result.pillars) expect(got.pillars[p.id]).toBe(p.score)
      expect(Object.keys(got.factors)).toEqual(item.result.factors.map((f) => f.id))
      for (const f of item.result.factors) expect(got.factors[f.id]).toBe(f.score)
    }
    // Different samples: the line actually moves.
    expect(new Set(trend.periods.map((p) => p.overall)).size).toBe(3)
  })

  it('names every pillar and factor once, as the newest bank does, with factors new in 1.1.0 only where that bank is used', () => {
    expect(trend.pillars.map((p) => p.id)).toEqual(bank11.pillars.map((p) => p.id))
    expect(trend.pillars[0]!.name).toEqual(bank11.pillars[0]!.title)
    const ids10 = bank10.factors.map((f) => f.id)
    const ids11 = bank11.factors.map((f) => f.id)
    const union = [...ids11, ...ids10.filter((id) => !ids11.includes(id))]
    expect(trend.factors.map((f) => f.id)).toEqual(union)
    const newIn11 = ids11.filter((id) => !ids10.includes(id))
    expect(newIn11).toContain('F16')
    for (const id of newIn11) {
      expect(trend.periods[0]!.factors).not.toHaveProperty(id)
      expect(trend.periods[2]!.factors).toHaveProperty(id)
    }
    const f16 = trend.factors.find((f) => f.id === 'F16')!
    expect(f16.name).toEqual(bank11.factors.find((f) => f.id === 'F16')!.name)
  })

  it('is empty for no assessments and a single point for one', () => {
    expect(buildPeriodTrend([])).toEqual({
      institution: '',
      periods: [],
      pillars: [],
      factors: [],
      banks: []
    })
    expect(buildPeriodTrend([y2025]).periods).toHaveLength(1)
  })
})
