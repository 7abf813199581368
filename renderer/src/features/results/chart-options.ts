import type { EChartsCoreOption } from 'echarts/core'
import type { BankIndex } from '@shared/bank/lookup'
import type { ScoringProfile } from '@shared/bank/profile'
import type { Locale } from '@shared/bank/primitives'
import { formatScore, type ScoringResult } from '@shared/scoring'
import { fontFamily } from '../../app/theme'
import { levelText } from './format'

/** Calm, distinguishable pillar colours (colour-blind safe blue / teal / purple, then greys). */
export const PILLAR_COLOURS = ['#3f6fb5', '#3f9c8a', '#8a6bb1', '#8c8c8c', '#b0b0b0']

/** The charts' legend: top left, small keys, the body text colour. */
export const LEGEND = {
  top: 0,
  left: 0,
  itemWidth: 14,
  itemHeight: 10,
  itemGap: 16,
  textStyle: { color: '#434343', fontFamily }
}

const AXIS_GREY = '#8c8c8c'
const GRID_GREY = '#f0f0f0'

/** Bank texts can come from an imported file: never let them become markup in a tooltip. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
  )
}

export interface ChartContext {
  result: ScoringResult
  index: BankIndex
  profile: ScoringProfile
  locale: Locale
  scoreLabel: string
  levelLine: (code: string) => string
}

function levelMarkLines(profile: ScoringProfile, levelLine: (code: string) => string) {
  return profile.levels
    .filter((level) => level.minScore > 0)
    .map((level) => ({
      yAxis: level.minScore,
      name: levelLine(level.code),
      label: { formatter: level.code, color: AXIS_GREY, fontSize: 11 }
    }))
}

/** Every section/process as a bar, coloured by pillar; level thresholds as faint dashed lines. */
export function barOption(context: ChartContext): EChartsCoreOption {
  const { result, index, profile, locale } = context
  const sections = index.orderedSections.map((entry) => entry.section)
  const scores = new Map(result.sections.map((s) => [s.id, s]))
  const pillars = [...index.pillars.values()]
  const pillarScores = new Map(result.pillars.map((p) => [p.id, p.score]))
  const series = pillars.map((pillar, i) => ({
    type: 'bar',
    name: `${pillar.id} ${pillar.title[locale]}  ${formatScore(pillarScores.get(pillar.id))}`,
    stack: 'score',
    barMaxWidth: 28,
    itemStyle: { color: PILLAR_COLOURS[i % PILLAR_COLOURS.length], borderRadius: [3, 3, 0, 0] },
    label: {
      show: true,
      position: 'top',
      fontSize: 11,
      color: '#595959',
      formatter: ({ value }: { value: number | null }) => formatScore(value)
    },
    data: sections.map((section) => {
      const entry = index.sections.get(section.id)
      return entry?.pillar.id === pillar.id ? (scores.get(section.id)?.combinedScore ?? null) : null
    }),
    ...(i === 0
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: '#d9d9d9', type: 'dashed' },
            data: levelMarkLines(profile, context.levelLine)
          }
        }
      : {})
  }))
  return {
    animation: false,
    textStyle: { fontFamily },
    legend: LEGEND,
    // English pillar names are long enough to wrap the legend onto a second line.
    grid: { left: 36, right: 28, top: locale === 'zh-CN' ? 44 : 64, bottom: 28 },
    tooltip: {
      trigger: 'item',
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const section = sections[dataIndex]
        if (!section) return ''
        const scored = scores.get(section.id)
        return `${escapeHtml(`${section.id} ${section.title[locale]}`)}<br/>${escapeHtml(
          `${context.scoreLabel} ${formatScore(scored?.combinedScore)} · ${levelText(profile, scored?.level ?? null, locale)}`
        )}`
      }
    },
    xAxis: {
      type: 'category',
      data: sections.map((section) => section.id),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#d9d9d9' } },
      axisLabel: { color: '#595959', interval: 0, fontSize: 11 }
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { color: AXIS_GREY },
      splitLine: { lineStyle: { color: GRID_GREY } }
    },
    series
  }
}

/**
 * Breaks an axis title into short lines: ECharts does not wrap radar names itself, so a long one
 * ran off the canvas. Chinese breaks after a few characters, English between words.
 */
export function wrapTitle(title: string, locale: 'zh-CN' | 'en-US'): string {
  if (locale === 'zh-CN') {
    // A note in brackets (“（暂定）”) gets its own line; a long name is halved.
    const [main = '', ...note] = title.split(/(?=（)/)
    const chars = [...main]
    const perLine = chars.length <= 7 ? 7 : Math.ceil(chars.length / 2)
    const lines: string[] = []
    for (let i = 0; i < chars.length; i += perLine) lines.push(chars.slice(i, i + perLine).join(''))
    return [...lines, ...note].join('\n')
  }
  const lines: string[] = []
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= 16)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines.join('\n')
}

/**
 * The core processes (or, for a bank without processes, every section) on a radar, 0–100.
 * Axis names carry the id and the title, broken onto short lines so they stay inside the chart.
 */
export function radarOption(context: ChartContext): EChartsCoreOption {
  const { result, index, locale } = context
  const all = index.orderedSections.map((entry) => entry.section)
  const processes = all.filter((section) => section.kind === 'process')
  const axes = processes.length >= 3 ? processes : all
  const scores = new Map(result.sections.map((s) => [s.id, s.combinedScore]))
  const colour = PILLAR_COLOURS[processes.length >= 3 ? 2 : 0]
  return {
    animation: false,
    textStyle: { fontFamily },
    tooltip: { trigger: 'item', confine: true },
    radar: {
      radius: '52%',
      center: ['50%', '52%'],
      splitNumber: 5,
      axisName: {
        color: '#434343',
        fontSize: 11,
        fontFamily,
        lineHeight: 13,
        formatter: (name: string) => {
          const section = axes.find((s) => s.id === name)
          if (!section) return name
          // Chinese: the id on its own line keeps the widest line to the name (seven characters).
          const gap = locale === 'zh-CN' ? '\n' : ' '
          return `${section.id}${gap}${wrapTitle(section.title[locale], locale)}`
        }
      },
      splitLine: { lineStyle: { color: '#e8e8e8' } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: '#e8e8e8' } },
      indicator: axes.map((section) => ({ name: section.id, max: 100, min: 0 }))
    },
    series: [
      {
        type: 'radar',
        symbolSize: 5,
        lineStyle: { color: colour, width: 2 },
        itemStyle: { color: colour },
        areaStyle: { color: colour, opacity: 0.12 },
        data: [
          {
            name: context.scoreLabel,
            value: axes.map((section) => {
              const score = scores.get(section.id)
              return score == null ? 0 : Number(formatScore(score))
            })
          }
        ]
      }
    ]
  }
}
