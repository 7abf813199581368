import type { RiskLevel } from '../scoring/risk-level'
import { fill } from '../report/labels'
import type { CellData, FindingRow } from '../report/model'
import type { DocContext } from './context'
import { sectionName } from './context'
import { type Block, type CellContent, tableColumns } from './document'
import { narrativeText } from './narrative'
import { paragraphsOf } from './paragraphs'

/** A model cell as printed text: dates as written, numbers plain, nothing as the dash. */
export function cellDataText(
  ctx: DocContext,
  cell: CellData,
  format: string | null = null
): string {
  if (cell === null || cell === '') return ctx.words.dash
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number') return format === null ? String(cell) : `${cell}%`
  return 'date' in cell ? cell.date : cell.dateTime
}

/** The engine's current gaps (the remediation records of closed gaps are not problems). */
export function currentFindings(ctx: DocContext): FindingRow[] {
  return ctx.model.findings.filter((row) => row.rank !== null)
}

function riskCell(ctx: DocContext, row: FindingRow): CellContent {
  const risk = row.riskLevel
  if (risk === null) return ctx.words.dash
  const level = ctx.labels.risk[risk]
  const text =
    row.riskReason.trim() === ''
      ? level
      : fill(ctx.labels.findings.riskReason, { level, reason: row.riskReason })
  return risk === 'high'
    ? { text, tone: 'danger', bold: true }
    : risk === 'medium'
      ? { text, tone: 'warning' }
      : text
}

function whereText(ctx: DocContext, row: FindingRow): string {
  const pillar = ctx.index.pillars.get(row.pillarId)?.title[ctx.locale] ?? row.pillarId
  return `${pillar} / ${sectionName(ctx, row.sectionId)}`
}

/**
 * 问题描述 as the register has it (it starts with 【item id】, which a reader scans for), then the
 * tags of where the finding stands (repeat, overdue, carried) on a line of their own.
 */
function descriptionText(ctx: DocContext, row: FindingRow): string {
  const tags = ctx.labels.findings.tags
  const line = [
    row.repeat ? tags.repeat : '',
    row.overdue ? tags.overdue : '',
    row.carried ? tags.carried : ''
  ].join('')
  return line === '' ? row.description : `${row.description}\n${line}`
}

/** 整改状态 with the re-check under it. */
function statusText(row: FindingRow): string {
  return row.recheck === '' ? row.status : `${row.status}\n${row.recheck}`
}

const orDash = (ctx: DocContext, text: string): string =>
  text.trim() === '' ? ctx.words.dash : text

/** 四、问题清单: every current gap in the engine's ranking, with its remediation record. */
export function findingsChapter(ctx: DocContext): Block[] {
  const f = ctx.labels.findings
  const rows = currentFindings(ctx).map((row): CellContent[] => [
    String(row.rank),
    whereText(ctx, row),
    descriptionText(ctx, row),
    orDash(ctx, row.basis),
    riskCell(ctx, row),
    orDash(ctx, row.action),
    cellDataText(ctx, row.dueDate),
    orDash(ctx, row.owner),
    statusText(row)
  ])
  return [
    { kind: 'heading', level: 1, text: ctx.labels.chapters.findings },
    { kind: 'paragraph', text: rows.length > 0 ? f.intro : f.none, indent: true },
    ...(rows.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            name: 'findings',
            columns: tableColumns(f.headers, [0.6, 1.8, 4.2, 2.3, 1, 2.8, 1.2, 1.3, 1.4], {
              0: 'center',
              4: 'center'
            }),
            rows
          }
        ])
  ]
}

/** 五、评估结论: the assessors' conclusion, or the one generated from the results. */
export function conclusionChapter(ctx: DocContext): Block[] {
  return [
    { kind: 'heading', level: 1, text: ctx.labels.chapters.conclusion },
    ...paragraphsOf(narrativeText(ctx, 'conclusion'))
  ]
}

function withStop(ctx: DocContext, text: string): string {
  const trimmed = text.trim()
  if (/[。；！？.;!?]$/.test(trimmed)) return trimmed
  return `${trimmed}${ctx.locale === 'zh-CN' ? '。' : '.'}`
}

function recommendationItems(
  ctx: DocContext,
  rows: readonly FindingRow[],
  urgent: boolean
): Block[] {
  const r = ctx.labels.recommendations
  return rows.map((row, k) => ({
    kind: 'paragraph',
    tone: urgent ? 'danger' : undefined,
    text: fill(r.item, {
      n: k + 1,
      tag: urgent ? r.urgentTag : '',
      title: `${row.targetId} ${row.title}`,
      where: sectionName(ctx, row.sectionId),
      action: withStop(ctx, row.action.trim() === '' ? r.defaultAction : row.action),
      due:
        cellDataText(ctx, row.dueDate) === ctx.words.dash
          ? r.noDue
          : cellDataText(ctx, row.dueDate),
      owner: row.owner.trim() === '' ? r.noOwner : row.owner
    })
  }))
}

/**
 * 六、整改建议: the introduction, then the urgent items (high risk, in the engine's ranking), the
 * planned ones (medium), and a count of the low-risk ones.
 */
export function recommendationsChapter(ctx: DocContext): Block[] {
  const r = ctx.labels.recommendations
  const current = currentFindings(ctx)
  const of = (risk: RiskLevel): FindingRow[] =>
    current.filter((row) => !row.urgent && row.riskLevel === risk)
  // 紧急整改: every finding marked urgent (high risk unless an assessor said otherwise).
  const high = current.filter((row) => row.urgent)
  const medium = [...of('high'), ...of('medium')]
  const low = of('low')
  const none: Block = { kind: 'paragraph', text: r.none, indent: true }
  return [
    { kind: 'heading', level: 1, text: ctx.labels.chapters.recommendations },
    ...paragraphsOf(narrativeText(ctx, 'recommendations')),
    ...(current.length === 0
      ? []
      : [
          { kind: 'heading' as const, level: 2 as const, text: r.urgent },
          ...(high.length > 0 ? recommendationItems(ctx, high, true) : [none]),
          { kind: 'heading' as const, level: 2 as const, text: r.medium },
          ...(medium.length > 0 ? recommendationItems(ctx, medium, false) : [none]),
          { kind: 'heading' as const, level: 2 as const, text: r.low },
          {
            kind: 'paragraph' as const,
            text: low.length > 0 ? fill(r.lowSummary, { n: low.length }) : r.none,
            indent: true
          }
        ])
  ]
}
