import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { LocalizedText } from '../bank/primitives'
import type { ScoringResult } from '../scoring/types'

/** One period of an institution: its headline scores, pillar by pillar and factor by factor. */
export interface TrendPeriod {
  assessmentId: string
  period: { start: string; end: string }
  bank: { id: string; version: string }
  status: Assessment['status']
  overall: number | null
  level: number | null
  factorIndex: number | null
  /** Pillar id → score; a pillar the period's bank lacks is absent. */
  pillars: Record<string, number | null>
  /** Factor id → score (0–100); a factor the period's bank lacks is absent. */
  factors: Record<string, number | null>
}

/** A line of the trend: a pillar or a factor, named as the newest bank that has it names it. */
export interface TrendSeries {
  id: string
  name: LocalizedText
}

/**
 * Every period of one institution, oldest first (docs/remediation.md, "Trend over periods"): the
 * figures the comparison screen's trend chart and table show. Pillars and factors are matched by
 * id across bank versions, as the consolidated workbook's columns are, so a factor new in a later
 * bank starts where that bank starts.
 */
export interface PeriodTrend {
  institution: string
  periods: TrendPeriod[]
  pillars: TrendSeries[]
  factors: TrendSeries[]
  /** The bank versions the periods use, oldest period's first (`sac-stability-2025 1.0.0`). */
  banks: string[]
}

export interface TrendItem {
  assessment: Assessment
  bank: Bank
  result: ScoringResult
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function periodOf({ assessment, result }: TrendItem): TrendPeriod {
  return {
    assessmentId: assessment.id,
    period: { ...assessment.metadata.period },
    bank: { id: assessment.bank.id, version: assessment.bank.version },
    status: assessment.status,
    overall: result.overall.score,
    level: result.overall.level,
    factorIndex: result.factorIndex,
    pillars: Object.fromEntries(result.pillars.map((p) => [p.id, p.score])),
    factors: Object.fromEntries(result.factors.map((f) => [f.id, f.score]))
  }
}

/** Series in the order of the newest bank, then any only older banks have, in their order. */
function seriesOf(
  newestFirst: readonly TrendItem[],
  nodes: (bank: Bank) => ReadonlyArray<{ id: string; name: LocalizedText }>
): TrendSeries[] {
  const seen = new Map<string, TrendSeries>()
  for (const item of newestFirst)
    for (const node of nodes(item.bank))
      if (!seen.has(node.id)) seen.set(node.id, { id: node.id, name: node.name })
  return [...seen.values()]
}

/** The periods of one institution's assessments, oldest first; `items` in any order. */
export function buildPeriodTrend(items: readonly TrendItem[]): PeriodTrend {
  const ordered = [...items].sort(
    (a, b) =>
      byText(a.assessment.metadata.period.end, b.assessment.metadata.period.end) ||
      byText(a.assessment.metadata.period.start, b.assessment.metadata.period.start) ||
      byText(a.assessment.id, b.assessment.id)
  )
  const newestFirst = [...ordered].reverse()
  const banks: string[] = []
  for (const { assessment } of ordered) {
    const name = `${assessment.bank.id} ${assessment.bank.version}`
    if (!banks.includes(name)) banks.push(name)
  }
  return {
    institution: ordered[0]?.assessment.metadata.institution ?? '',
    periods: ordered.map(periodOf),
    pillars: seriesOf(newestFirst, (bank) =>
      bank.pillars.map((p) => ({ id: p.id, name: p.title }))
    ),
    factors: seriesOf(newestFirst, (bank) => bank.factors.map((f) => ({ id: f.id, name: f.name }))),
    banks
  }
}
