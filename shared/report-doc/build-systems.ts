import type { EvaluationFactor } from '../bank/factor'
import { factorNumberText } from '../report/build-factors'
import { fill } from '../report/labels'
import { compareWithTolerance } from '../scoring/tolerance'
import type { FactorResult, SystemFactorResult } from '../scoring/types'
import type { DocContext } from './context'
import { listText } from './context'
import type { Block, CellContent, Column } from './document'

/** A per-system factor: the bank's definition and the engine's result with its systems. */
interface SystemFactor {
  factor: EvaluationFactor
  result: FactorResult & { systems: SystemFactorResult[] }
}

function systemFactors(ctx: DocContext): SystemFactor[] {
  const byId = new Map(ctx.bank.factors.map((f) => [f.id, f]))
  const found: SystemFactor[] = []
  for (const result of ctx.result.factors) {
    const factor = byId.get(result.id)
    if (factor !== undefined && result.systems !== null)
      found.push({ factor, result: { ...result, systems: result.systems } })
  }
  return found
}

/** `第一类` / `Class 1`; `未分类` when the system has no class. */
export function systemClassText(ctx: DocContext, systemClass: number | null | undefined): string {
  const i = ctx.labels.institution
  return systemClass == null ? i.unclassified : (i.systemClasses[systemClass - 1] ?? i.unclassified)
}

/**
 * A system's red-line cell: the factor's red lines tested on the system's own value (or input),
 * as the engine tests them on the factor's value, so the report shows which system crosses one.
 */
function systemRedLine(
  ctx: DocContext,
  result: FactorResult,
  system: SystemFactorResult
): CellContent {
  const w = ctx.words
  if (result.redLines.length === 0) return w.dash
  let state: 'clear' | 'breached' | 'notEvaluated' = 'clear'
  for (const line of result.redLines) {
    const tested = line.input === null ? system.value : (system.inputs[line.input] ?? null)
    if (tested === null) state = state === 'breached' ? state : 'notEvaluated'
    else if (compareWithTolerance(tested, line.op, line.value)) state = 'breached'
  }
  const text = w.factors.redLineStates[state]
  return state === 'breached' ? { text, tone: 'danger' as const, bold: true } : text
}

function systemRows(ctx: DocContext, { factor, result }: SystemFactor): CellContent[][] {
  const w = ctx.words
  const p = ctx.labels.results.perSystem
  const weighted = result.combination?.rule === 'classWeightedMin'
  return result.systems.map((system) => {
    const binding = system.systemId === result.combination?.bindingSystemId
    const met =
      system.value === null
        ? w.dash
        : compareWithTolerance(
              system.value,
              factor.direction === 'higher' ? 'gte' : 'lte',
              factor.target
            )
          ? w.yes
          : { text: w.no, tone: 'warning' as const }
    const note =
      system.value === null ? w.factors.statusNotes[system.status] : binding ? p.bindingMark : ''
    return [
      binding ? { text: system.name, bold: true } : system.name,
      systemClassText(ctx, system.class),
      system.value === null
        ? w.noValue
        : { text: factorNumberText(factor, system.value, w), bold: binding },
      ...(weighted
        ? [
            system.adjustedValue === null
              ? w.dash
              : factorNumberText(factor, system.adjustedValue, w)
          ]
        : []),
      system.band ?? w.dash,
      met,
      systemRedLine(ctx, result, system),
      note
    ]
  })
}

function systemColumns(ctx: DocContext, weighted: boolean): Column[] {
  const h = ctx.labels.results.perSystem.headers
  return [
    { header: h[0], width: 2.6 },
    { header: h[1], width: 1.3, align: 'center' },
    { header: h[2], width: 1.4, align: 'right' },
    ...(weighted
      ? [
          {
            header: ctx.labels.results.perSystem.adjustedHeader,
            width: 1.4,
            align: 'right' as const
          }
        ]
      : []),
    { header: h[3], width: 0.8, align: 'center' },
    { header: h[4], width: 0.8, align: 'center' },
    { header: h[5], width: 1.1, align: 'center' },
    { header: h[6], width: 2.2 }
  ]
}

/** One per-system factor: its rule and combined value, then a row per key system in scope. */
function factorBlocks(ctx: DocContext, entry: SystemFactor): Block[] {
  const { factor, result } = entry
  const w = ctx.words
  const p = ctx.labels.results.perSystem
  const combination = result.combination
  const binding = result.systems.find((s) => s.systemId === combination?.bindingSystemId)
  const rule =
    combination === null
      ? ''
      : fill(p.rule, {
          selection: p.selections[combination.selection],
          rule: p.rules[combination.rule],
          value: result.value === null ? w.noValue : factorNumberText(factor, result.value, w),
          band: result.band ?? w.dash
        })
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 3,
      text: fill(p.factorTitle, { id: factor.id, name: factor.name[ctx.locale] })
    },
    {
      kind: 'paragraph',
      text:
        binding === undefined
          ? rule
          : [rule, fill(p.binding, { system: binding.name })].join(
              ctx.locale === 'zh-CN' ? '' : ' '
            ),
      indent: true
    }
  ]
  if (result.systems.length === 0)
    blocks.push({ kind: 'paragraph', text: w.factors.statusNotes.noSystems, tone: 'muted' })
  else
    blocks.push({
      kind: 'table',
      name: `systems-${factor.id}`,
      columns: systemColumns(ctx, combination?.rule === 'classWeightedMin'),
      rows: systemRows(ctx, entry)
    })
  return blocks
}

/**
 * （七）分系统结果: for every factor the bank computes per key system, each system's value, band,
 * target met and red line, and the system that sets the factor's value. Omitted when the bank has
 * no such factor and the assessment lists no key system (nothing to show per system).
 */
export function perSystemBlocks(ctx: DocContext): Block[] {
  const r = ctx.labels.results
  const factors = systemFactors(ctx)
  const systems = ctx.assessment.metadata.systems
  if (factors.length === 0 && systems.length === 0) return []
  const heading: Block = { kind: 'heading', level: 2, text: r.systems }
  if (factors.length === 0)
    return [heading, { kind: 'paragraph', text: r.perSystem.noFactors, indent: true }]
  if (systems.length === 0)
    return [
      heading,
      {
        kind: 'paragraph',
        text: fill(r.perSystem.noSystems, {
          list: listText(
            ctx,
            factors.map((f) => f.factor.id)
          )
        }),
        indent: true
      }
    ]
  return [
    heading,
    { kind: 'paragraph', text: r.perSystem.intro, indent: true },
    ...factors.flatMap((f) => factorBlocks(ctx, f))
  ]
}
