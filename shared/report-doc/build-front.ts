import { DEFAULT_CONFIDENTIALITY, reportNumberOf } from '../assessment/report-fields'
import { fill } from '../report/labels'
import { wallClockText } from '../report/time'
import type { DocContext } from './context'
import { listText, parenthesized, periodText } from './context'
import type { CoverData, ReportDocument } from './document'
import { qrRows } from './qr'

/** The confidentiality label printed on the cover and in every page header. */
export function confidentialityText(ctx: DocContext): string {
  return ctx.labels.confidentiality[
    ctx.assessment.metadata.confidentiality ?? DEFAULT_CONFIDENTIALITY
  ]
}

/** The report's date: the day it was sealed, else the day it was generated. */
export function reportDate(ctx: DocContext): string {
  const seal = ctx.assessment.finalization
  return (ctx.model.draft || seal === undefined ? ctx.model.generatedAt : seal.at).slice(0, 10)
}

/** How many key systems the cover names; the rest are counted (the cover stays one page). */
const COVER_SYSTEMS = 6

function scopeText(ctx: DocContext): string {
  const scope = ctx.assessment.metadata.systems.map((system) => system.name)
  if (scope.length === 0) return ctx.labels.cover.keySystemsNone
  if (scope.length <= COVER_SYSTEMS) return listText(ctx, scope)
  return fill(ctx.labels.cover.keySystemsMore, {
    list: listText(ctx, scope.slice(0, COVER_SYSTEMS)),
    n: scope.length
  })
}

export function buildCover(ctx: DocContext): CoverData {
  const { labels, words, model, assessment } = ctx
  const m = assessment.metadata
  const hash = model.cover.contentHash
  return {
    confidentiality: confidentialityText(ctx),
    reportNumberLabel: labels.cover.reportNumber,
    reportNumber: reportNumberOf(assessment),
    draftMark: model.draft ? labels.draftMark : null,
    draftWatermark: model.draft ? labels.draftWatermark : null,
    title: labels.title,
    institution: m.institution,
    fields: [
      [words.cover.institution, m.institution],
      [labels.cover.scope, scopeText(ctx)],
      [words.cover.period, periodText(ctx)],
      [words.cover.assessors, m.assessors.length > 0 ? listText(ctx, m.assessors) : words.dash],
      [labels.cover.reportDate, reportDate(ctx)],
      [words.cover.status, `${model.cover.statusLabel}${parenthesized(ctx, model.cover.seal)}`]
    ],
    hashLabel: labels.cover.hash,
    contentHash: hash,
    qr: qrRows(hash),
    qrCaption: labels.cover.qrCaption,
    generatedLine: fill(labels.cover.generated, {
      generator: model.generator,
      at: wallClockText(model.generatedAt)
    })
  }
}

/** The running header: institution, period, confidentiality, and DRAFT until sealed. */
export function buildHeader(ctx: DocContext): string {
  const text = fill(ctx.labels.header, {
    institution: ctx.assessment.metadata.institution,
    period: periodText(ctx),
    label: confidentialityText(ctx)
  })
  return ctx.model.draft ? `${text}\u3000${ctx.labels.draftWatermark}` : text
}

export function buildStatement(ctx: DocContext): ReportDocument['statement'] {
  const label = confidentialityText(ctx)
  const paragraphs = ctx.labels.statement.map((text) => fill(text, { label }))
  if (ctx.model.draft) paragraphs.push(ctx.labels.statementDraft)
  return { title: ctx.labels.statementTitle, paragraphs }
}
