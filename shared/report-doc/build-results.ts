import { fill } from '../report/labels'
import { factorNumberText } from '../report/build-factors'
import type { FactorRow, PillarRow } from '../report/model'
import type { FactorResult } from '../scoring/types'
import { formatPercent, roundHalfUp } from '../scoring/format'
import type { DocContext } from './context'
import { levelText, listText, scoreText } from './context'
import { type Block, type CellContent, type ChartSpec, tableColumns } from './document'
import { perSystemBlocks } from './build-systems'
import { weakestSections } from './narrative'

/** The pillar the radar shows: the one with the most sections, the ten core processes. */
export function processPillar(ctx: DocContext): PillarRow | undefined {
  let best: PillarRow | undefined
  for (const pillar of ctx.model.summary.pillars)
    if (best === undefined || pillar.sections.length >= best.sections.length) best = pillar
  return best
}

/** A chart value: the score as printed (one decimal), so labels and data agree with the tables. */
const chartValue = (score: number | null): number | null =>
  score === null ? null : roundHalfUp(score, 1)

/** The radar of the core processes and the bar chart of every section: same data in both writers. */
export function resultCharts(ctx: DocContext): { radar: ChartSpec | null; bar: ChartSpec } {
  const r = ctx.labels.results
  const processes = processPillar(ctx)?.sections ?? []
  const sections = ctx.model.summary.pillars.flatMap((p) => p.sections)
  const radar: ChartSpec | null =
    processes.length >= 3
      ? {
          kind: 'radar',
          title: r.radarTitle,
          categories: processes.map((s) => `${s.id} ${s.name}`),
          series: [{ name: r.series, values: processes.map((s) => chartValue(s.combinedScore)) }],
          max: 100
        }
      : null
  return {
    radar,
    bar: {
      kind: 'bar',
      title: r.barTitle,
      categories: sections.map((s) => `${s.id} ${s.name}`),
      series: [{ name: r.series, values: sections.map((s) => chartValue(s.combinedScore)) }],
      max: 100
    }
  }
}

function overallBlocks(ctx: DocContext): Block[] {
  const r = ctx.labels.results
  const { summary, cover } = ctx.model
  const o = summary.overall
  const q = cover.completion.questions
  const f = cover.completion.factors
  return [
    { kind: 'heading', level: 2, text: r.overall },
    {
      kind: 'fields',
      name: 'overall',
      rows: [
        [r.score, scoreText(o.score)],
        [r.level, levelText(ctx, o.level, o.withheld)],
        [r.factorIndex, scoreText(summary.factorIndex)],
        [
          r.completion,
          fill(r.completionText, {
            percent: formatPercent(cover.completion.combined.percent),
            qDone: q.done,
            qTotal: q.total,
            fDone: f.done,
            fTotal: f.total
          })
        ]
      ]
    },
    { kind: 'paragraph', text: fill(r.gate, { text: o.explanation }), indent: true }
  ]
}

function pillarBlocks(ctx: DocContext): Block[] {
  const r = ctx.labels.results
  const rows: CellContent[][] = ctx.model.summary.pillars.map((pillar) => [
    pillar.name,
    String(pillar.weight),
    { text: scoreText(pillar.score), bold: true },
    levelText(ctx, pillar.rawLevel),
    ctx.words.coverage[pillar.coverage],
    formatPercent(pillar.completionPercent)
  ])
  return [
    { kind: 'heading', level: 2, text: r.pillars },
    {
      kind: 'table',
      name: 'pillars',
      columns: tableColumns(r.pillarHeaders, [3, 1.2, 1.2, 2.6, 1.5, 1.5], {
        1: 'right',
        2: 'right',
        5: 'right'
      }),
      rows
    }
  ]
}

function sectionBlocks(ctx: DocContext, charts: ReturnType<typeof resultCharts>): Block[] {
  const r = ctx.labels.results
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: r.processes }]
  if (charts.radar !== null)
    blocks.push({ kind: 'chart', name: 'radar', chart: charts.radar, caption: r.radarCaption })
  const weakest = weakestSections(ctx, 3)
  if (weakest.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: fill(r.weakest, { list: listText(ctx, weakest) }),
      indent: true
    })
  blocks.push(
    { kind: 'heading', level: 2, text: r.sections },
    { kind: 'chart', name: 'bar', chart: charts.bar, caption: r.barCaption }
  )
  const rows: CellContent[][] = ctx.model.summary.pillars.flatMap((pillar) =>
    pillar.sections.map((s) => [
      s.id,
      s.name,
      scoreText(s.questionnaireScore),
      s.factorIds.length > 0 ? scoreText(s.factorScore) : ctx.words.dash,
      { text: scoreText(s.combinedScore), bold: true },
      levelText(ctx, s.level),
      s.coverage === 'notAssessed' ? r.notAssessed : s.note
    ])
  )
  blocks.push({
    kind: 'table',
    name: 'sections',
    columns: tableColumns(r.sectionHeaders, [0.9, 2.6, 1.3, 1.3, 1.3, 2.4, 2.2], {
      2: 'right',
      3: 'right',
      4: 'right'
    }),
    rows
  })
  return blocks
}

/** A factor's red-line cell: its state, and the class of its red lines (监管/内部). */
function redLineCell(
  ctx: DocContext,
  factor: FactorRow,
  result: FactorResult | undefined
): CellContent {
  if (factor.redLineState === null) return ctx.words.dash
  const classes = [...new Set((result?.redLines ?? []).map((line) => line.class))]
  const state = [
    ctx.words.factors.redLineStates[factor.redLineState],
    ...classes.map((c) => ctx.labels.results.redLineClass[c])
  ].join('\n')
  return factor.redLineState === 'breached' ? { text: state, tone: 'danger', bold: true } : state
}

/** A factor's value as printed, with `n/N` under a ratio's value (the sample it rests on). */
function valueCell(ctx: DocContext, factor: FactorRow, result: FactorResult | undefined) {
  const w = ctx.words
  if (factor.value === null) return w.noValue
  const value = factorNumberText(factor, factor.value, w)
  const sample = result?.sample
  return sample == null
    ? value
    : `${value}\n${fill(ctx.labels.results.perSystem.sample, { n: sample.n, N: sample.N })}`
}

function factorBlocks(ctx: DocContext): Block[] {
  const r = ctx.labels.results
  const w = ctx.words
  const results = new Map(ctx.result.factors.map((f) => [f.id, f]))
  const rows: CellContent[][] = ctx.model.factors.map((factor) => [
    factor.id,
    factor.name,
    valueCell(ctx, factor, results.get(factor.id)),
    factorNumberText(factor, factor.target, w),
    factor.band ?? w.dash,
    { text: scoreText(factor.score), bold: true },
    factor.pass === null ? w.dash : factor.pass ? w.yes : { text: w.no, tone: 'warning' },
    redLineCell(ctx, factor, results.get(factor.id))
  ])
  return [
    { kind: 'heading', level: 2, text: r.factors },
    {
      kind: 'table',
      name: 'factors',
      columns: tableColumns(r.factorHeaders, [0.8, 3.2, 1.4, 1.4, 0.8, 1.1, 0.8, 1.1], {
        2: 'right',
        3: 'right',
        4: 'center',
        5: 'right',
        6: 'center',
        7: 'center'
      }),
      rows
    },
    { kind: 'paragraph', text: r.factorNote, tone: 'muted' }
  ]
}

function redLineBlocks(ctx: DocContext): Block[] {
  const r = ctx.labels.results
  const lines = ctx.model.cover.redLines
  return [
    { kind: 'heading', level: 2, text: r.redLines },
    ...(lines.length === 0
      ? [{ kind: 'paragraph' as const, text: r.redLinesNone, indent: true }]
      : lines.map((text, k) => ({
          kind: 'paragraph' as const,
          text: `${k + 1}. ${text}`,
          tone: 'danger' as const
        })))
  ]
}

/**
 * 三、评估结果: overall, pillars, the process radar, sections with the bar chart, factors, red
 * lines, and the per-system figures.
 */
export function resultsChapter(ctx: DocContext): Block[] {
  const charts = resultCharts(ctx)
  return [
    { kind: 'heading', level: 1, text: ctx.labels.chapters.results },
    ...overallBlocks(ctx),
    ...pillarBlocks(ctx),
    ...sectionBlocks(ctx, charts),
    ...factorBlocks(ctx),
    ...redLineBlocks(ctx),
    ...perSystemBlocks(ctx)
  ]
}
