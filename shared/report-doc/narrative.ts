import type { NarrativePart } from '../assessment/report-fields'
import { fill } from '../report/labels'
import type { DocContext } from './context'
import { levelText, listText, parenthesized, scoreText, sectionName } from './context'

/** How many processes the conclusion names as the weakest. */
const WEAKEST = 3

/** The sections (processes) with a combined score, lowest first. */
export function weakestSections(ctx: DocContext, count: number): string[] {
  return ctx.model.summary.pillars
    .flatMap((pillar) => pillar.sections)
    .filter((section) => section.combinedScore !== null)
    .sort((a, b) => (a.combinedScore as number) - (b.combinedScore as number))
    .slice(0, count)
    .map(
      (section) =>
        `${sectionName(ctx, section.id)}${parenthesized(ctx, scoreText(section.combinedScore))}`
    )
}

function overview(ctx: DocContext): string {
  const { assessment, bank, index, locale } = ctx
  const m = assessment.metadata
  const basis = bank.references[0]?.title[locale] ?? bank.title[locale]
  return fill(ctx.labels.narrative.overview, {
    institution: m.institution,
    basis,
    start: m.period.start,
    end: m.period.end,
    systems: m.systems.length,
    questions: index.orderedQuestions.length,
    factors: bank.factors.length
  })
}

function conclusion(ctx: DocContext): string {
  const n = ctx.labels.narrative
  const { summary, findings, cover } = ctx.model
  const overall = summary.overall
  const parts: string[] = []
  if (overall.score === null) parts.push(n.conclusionNoScore)
  else if (overall.level === null)
    parts.push(
      fill(n.conclusionWithheld, { score: scoreText(overall.score), reason: overall.explanation })
    )
  else
    parts.push(
      fill(n.conclusionLevel, {
        score: scoreText(overall.score),
        level: levelText(ctx, overall.level)
      })
    )
  const pillars = summary.pillars
    .filter((pillar) => pillar.score !== null)
    .map(
      (pillar) =>
        `${pillar.name}${parenthesized(ctx, `${scoreText(pillar.score)}${ctx.locale === 'zh-CN' ? ' 分，' : ', '}${levelText(ctx, pillar.rawLevel)}`)}`
    )
  if (pillars.length > 0) parts.push(fill(n.conclusionPillars, { list: listText(ctx, pillars) }))
  const weakest = weakestSections(ctx, WEAKEST)
  if (weakest.length > 0) parts.push(fill(n.conclusionWeak, { list: listText(ctx, weakest) }))
  parts.push(
    cover.redLines.length > 0
      ? fill(n.conclusionRedLines, {
          n: cover.redLines.length,
          list: listText(ctx, cover.redLines)
        })
      : n.conclusionNoRedLines
  )
  const current = findings.filter((f) => f.rank !== null)
  if (current.length > 0) {
    const count = (risk: string): number => current.filter((f) => f.riskLevel === risk).length
    parts.push(
      fill(n.conclusionFindings, {
        n: current.length,
        high: count('high'),
        medium: count('medium'),
        low: count('low')
      })
    )
  }
  if (ctx.model.draft) parts.push(n.conclusionDraft)
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ')
}

function recommendations(ctx: DocContext): string {
  const any = ctx.model.findings.some((f) => f.rank !== null)
  return any ? ctx.labels.narrative.recommendations : ctx.labels.narrative.recommendationsNone
}

/**
 * The text generated from the results for a narrative part: what the report prints while the
 * assessors have not written their own, and what the 报告 screen offers to start from.
 */
export function generatedNarrative(ctx: DocContext, part: NarrativePart): string {
  switch (part) {
    case 'overview':
      return overview(ctx)
    case 'conclusion':
      return conclusion(ctx)
    case 'recommendations':
      return recommendations(ctx)
  }
}

/** The part as printed: the assessors' text when written, else the generated one. */
export function narrativeText(ctx: DocContext, part: NarrativePart): string {
  const written = ctx.assessment.narrative?.[part]
  return written !== undefined && written.trim() !== '' ? written : generatedNarrative(ctx, part)
}
