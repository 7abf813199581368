import type { EChartsCoreOption } from 'echarts/core'
import type { Locale } from '@shared/bank/primitives'
import type { PeriodTrend, TrendPeriod } from '@shared/comparison'
import { formatScore } from '@shared/scoring'
import { fontFamily } from '../../app/theme'
import { escapeHtml, LEGEND, PILLAR_COLOURS } from '../results/chart-options'

/** What the trend shows: the overall score, factor index and pillars, or chosen factors. */
export type TrendView = 'overall' | 'factors'

/** One line of the trend chart and one row of its table: a score per period (null: none). */
export interface TrendLine {
  key: string
  name: string
  values: Array<number | null>
  colour: string
  dashed?: boolean
}

export interface TrendLabels {
  overall: string
  factorIndex: string
}

const OVERALL_COLOUR = '#262626'
const FACTOR_INDEX_COLOUR = '#8c8c8c'
/** Factor lines: the pillar palette, then three more distinguishable hues. */
const FACTOR_COLOURS = [...PILLAR_COLOURS.slice(0, 3), '#c0672a', '#5b8c2a', '#b5475a']

/** The lines of a view, in the order the legend and the table list them. */
export function trendLines(
  trend: PeriodTrend,
  view: TrendView,
  factorIds: readonly string[],
  locale: Locale,
  labels: TrendLabels
): TrendLine[] {
  const values = (score: (p: TrendPeriod) => number | null | undefined) =>
    trend.periods.map((p) => score(p) ?? null)
  if (view === 'factors')
    return trend.factors
      .filter((f) => factorIds.includes(f.id))
      .map((f, i) => ({
        key: `factor:${f.id}`,
        name: `${f.id} ${f.name[locale]}`,
        values: values((p) => p.factors[f.id]),
        colour: FACTOR_COLOURS[i % FACTOR_COLOURS.length] as string
      }))
  return [
    {
      key: 'overall',
      name: labels.overall,
      values: values((p) => p.overall),
      colour: OVERALL_COLOUR
    },
    {
      key: 'factorIndex',
      name: labels.factorIndex,
      values: values((p) => p.factorIndex),
      colour: FACTOR_INDEX_COLOUR,
      dashed: true
    },
    ...trend.pillars.map((pillar, i) => ({
      key: `pillar:${pillar.id}`,
      name: `${pillar.id} ${pillar.name[locale]}`,
      values: values((p) => p.pillars[pillar.id]),
      colour: PILLAR_COLOURS[i % PILLAR_COLOURS.length] as string
    }))
  ]
}

/**
 * The factors whose score moved most from their first to their last scored period (largest
 * change first, ties by id): what the factor view shows before the user chooses.
 */
export function mostChangedFactors(trend: PeriodTrend, count: number): string[] {
  const moves = trend.factors.map((f) => {
    const scored = trend.periods
      .map((p) => p.factors[f.id])
      .filter((v): v is number => typeof v === 'number')
    const move = scored.length < 2 ? -1 : Math.abs(scored[scored.length - 1]! - scored[0]!)
    return { id: f.id, move }
  })
  return moves
    .filter((m) => m.move >= 0)
    .sort((a, b) => b.move - a.move || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count)
    .map((m) => m.id)
}

/**
 * The lowest tick of the score axis: a multiple of 10 at least 10 below the lowest score, so lines
 * between 70 and 85 do not lie flat on a 0–100 axis (the axis labels say where it starts).
 */
export function axisFloor(lines: readonly TrendLine[]): number {
  const scores = lines.flatMap((l) => l.values).filter((v): v is number => v !== null)
  if (scores.length === 0) return 0
  return Math.max(0, Math.floor((Math.min(...scores) - 10) / 10) * 10)
}

/** The lines over the periods, up to 100; a period without a score leaves a gap, not a zero. */
export function trendOption(
  lines: readonly TrendLine[],
  periods: readonly string[]
): EChartsCoreOption {
  return {
    animation: false,
    textStyle: { fontFamily },
    // Wider keys than the bars' so a dashed line shows its dashes.
    legend: { ...LEGEND, itemWidth: 18 },
    grid: { left: 36, right: 28, top: 64, bottom: 44 },
    tooltip: {
      trigger: 'axis',
      formatter: (items: Array<{ dataIndex: number; seriesIndex: number }>) => {
        const first = items[0]
        if (!first) return ''
        const rows = items.map((item) => {
          const line = lines[item.seriesIndex]
          return line ? escapeHtml(`${line.name}  ${formatScore(line.values[item.dataIndex])}`) : ''
        })
        return [escapeHtml(periods[first.dataIndex] ?? ''), ...rows].join('<br/>')
      }
    },
    xAxis: {
      type: 'category',
      data: [...periods],
      boundaryGap: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#d9d9d9' } },
      axisLabel: { color: '#595959', interval: 0, fontSize: 11 }
    },
    yAxis: {
      type: 'value',
      min: axisFloor(lines),
      max: 100,
      axisLabel: { color: '#8c8c8c' },
      splitLine: { lineStyle: { color: '#f0f0f0' } }
    },
    series: lines.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.values.map((v) => (v === null ? null : Number(formatScore(v)))),
      connectNulls: false,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: {
        color: line.colour,
        width: line.key === 'overall' ? 3 : 2,
        type: line.dashed ? 'dashed' : 'solid'
      },
      itemStyle: { color: line.colour },
      label: {
        show: line.key === 'overall',
        position: 'top',
        fontSize: 11,
        color: OVERALL_COLOUR,
        formatter: ({ value }: { value: number | null }) => formatScore(value)
      }
    }))
  }
}
