import { describe, expect, it } from 'vitest'
import type { PeriodTrend, TrendPeriod } from '@shared/comparison'
import { localizedText } from '@shared/bank/primitives'
import { axisFloor, mostChangedFactors, trendLines, trendOption } from './trend-chart-options'

function period(id: string, end: string, scores: Partial<TrendPeriod>): TrendPeriod {
  return {
    assessmentId: id,
    period: { start: `${end.slice(0, 4)}-01-01`, end },
    bank: { id: 'bank', version: '1.0.0' },
    status: 'finalized',
    overall: null,
    level: null,
    factorIndex: null,
    pillars: {},
    factors: {},
    ...scores
  }
}

// Three periods; F02 only exists from the second on (a factor new in a later bank).
const trend: PeriodTrend = {
  institution: '示例证券',
  banks: ['bank 1.0.0'],
  pillars: [
    { id: 'A', name: localizedText('组织保障', 'Organizational assurance') },
    { id: 'B', name: localizedText('制度保障', 'Institutional assurance') }
  ],
  factors: [
    { id: 'F01', name: localizedText('故障监控发现率', 'Fault monitoring discovery rate') },
    { id: 'F02', name: localizedText('自动化发布率', 'Automated release rate') },
    { id: 'F03', name: localizedText('恢复能力', 'Recovery capability') }
  ],
  periods: [
    period('p1', '2024-12-31', {
      overall: 70.04,
      factorIndex: 60,
      pillars: { A: 72, B: 68 },
      factors: { F01: 50, F03: 80 }
    }),
    period('p2', '2025-12-31', {
      overall: 74.56,
      factorIndex: 65,
      pillars: { A: 75, B: null },
      factors: { F01: 60, F02: 40, F03: 80 }
    }),
    period('p3', '2026-12-31', {
      overall: 80,
      factorIndex: 70,
      pillars: { A: 81, B: 79 },
      factors: { F01: 90, F02: 50, F03: 75 }
    })
  ]
}
const labels = { overall: '总体得分', factorIndex: '稳定性评价要素指数' }

describe('trend lines', () => {
  it('starts the score axis a step of ten below the lowest score, never below zero', () => {
    const line = (values: Array<number | null>) => ({ key: 'k', name: 'n', values, colour: '#000' })
    expect(axisFloor([line([72.2, 85]), line([null, 79])])).toBe(60)
    expect(axisFloor([line([70, 85])])).toBe(60)
    expect(axisFloor([line([5, 40])])).toBe(0)
    expect(axisFloor([line([null])])).toBe(0)
  })

  it('shows overall, factor index and every pillar, a value per period, gaps as null', () => {
    const lines = trendLines(trend, 'overall', [], 'zh-CN', labels)
    expect(lines.map((l) => l.key)).toEqual(['overall', 'factorIndex', 'pillar:A', 'pillar:B'])
    expect(lines.map((l) => l.name)).toEqual([
      '总体得分',
      '稳定性评价要素指数',
      'A 组织保障',
      'B 制度保障'
    ])
    expect(lines[0]!.values).toEqual([70.04, 74.56, 80])
    expect(lines[3]!.values).toEqual([68, null, 79])
  })

  it('shows only the chosen factors, in bank order, and a factor before its bank as a gap', () => {
    const lines = trendLines(trend, 'factors', ['F03', 'F02'], 'en-US', labels)
    expect(lines.map((l) => l.name)).toEqual([
      'F02 Automated release rate',
      'F03 Recovery capability'
    ])
    expect(lines[0]!.values).toEqual([null, 40, 50])
    expect(new Set(lines.map((l) => l.colour)).size).toBe(2)
  })

  it('picks the factors that moved most from their first to their last scored period', () => {
    // F01 50 → 90 (40), F02 40 → 50 (10), F03 80 → 75 (5).
    expect(mostChangedFactors(trend, 2)).toEqual(['F01', 'F02'])
    expect(mostChangedFactors(trend, 5)).toEqual(['F01', 'F02', 'F03'])
  })

  it('draws one line series per line on a 0–100 axis, rounded as the table shows, gaps not joined', () => {
    const lines = trendLines(trend, 'overall', [], 'zh-CN', labels)
    const option = trendOption(lines, ['2024', '2025', '2026']) as {
      series: Array<{
        type: string
        name: string
        data: Array<number | null>
        connectNulls: boolean
      }>
      yAxis: { min: number; max: number }
      xAxis: { data: string[] }
    }
    expect(option.series.map((s) => s.type)).toEqual(['line', 'line', 'line', 'line'])
    expect(option.series[0]!.data).toEqual([70, 74.6, 80])
    expect(option.series[3]!.data).toEqual([68, null, 79])
    expect(option.series.every((s) => !s.connectNulls)).toBe(true)
    // Lowest score 60 (factor index): the axis starts at 50, not 0, so the lines do not lie flat.
    expect(option.yAxis).toMatchObject({ min: 50, max: 100 })
    expect(option.xAxis.data).toEqual(['2024', '2025', '2026'])
  })
})
