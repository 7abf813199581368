import { NARRATIVE_PARTS, type NarrativePart } from '../assessment/report-fields'
import { indexBank } from '../bank/lookup'
import { buildReportModel, type ReportInput } from '../report/build-model'
import { scoreAssessment } from '../scoring/score'
import type { RegisterSheetInput } from '../report/sheet-registers'
import { annexChapters } from './build-annexes'
import { conclusionChapter, findingsChapter, recommendationsChapter } from './build-findings'
import { buildCover, buildHeader, buildStatement } from './build-front'
import { institutionChapter, overviewChapter } from './build-overview'
import { resultsChapter } from './build-results'
import type { DocContext } from './context'
import { levelText, scoreText } from './context'
import type { ReportDocument } from './document'
import { docLabels } from './labels'
import { generatedNarrative } from './narrative'

/** The workbook's input (shared/report), and what the registers annex is written from. */
export interface ReportDocumentInput extends ReportInput {
  /**
   * What the workbook's 台账明细 / Registers sheet is written from (the register files, each
   * figure with the rows it counted and left out): 附件6 台账明细. Absent: no registers.
   */
  registers?: RegisterSheetInput
}

/** The chapters' context: the workbook's report model and what it was built from. */
export function documentContext(input: ReportDocumentInput): DocContext {
  const locale = input.locale ?? 'zh-CN'
  const result = input.result ?? scoreAssessment(input.bank, input.assessment)
  const model = buildReportModel({ ...input, result, locale })
  return {
    model,
    labels: docLabels(locale),
    words: model.labels,
    locale,
    bank: input.bank,
    index: indexBank(input.bank),
    assessment: input.assessment,
    result,
    ...(input.registers === undefined ? {} : { registers: input.registers })
  }
}

/**
 * Assessment + bank → the report of record (评估报告) as a document model: built from the same
 * report model as the scored workbook (every figure the engine's, formatted as the workbook and
 * the screen show it), in the report's language. writeReportDocx and renderReportHtml lay it out.
 */
export function buildReportDocument(input: ReportDocumentInput): ReportDocument {
  const ctx = documentContext(input)
  const { model } = ctx
  const annexes = annexChapters(ctx)
  const overall = model.summary.overall
  return {
    locale: ctx.locale,
    draft: model.draft,
    title: ctx.labels.title,
    cover: buildCover(ctx),
    header: buildHeader(ctx),
    footer: ctx.labels.footer,
    statement: buildStatement(ctx),
    tocTitle: ctx.labels.tocTitle,
    sections: [
      {
        orientation: 'portrait',
        blocks: [...overviewChapter(ctx), ...institutionChapter(ctx), ...resultsChapter(ctx)]
      },
      { orientation: 'landscape', blocks: findingsChapter(ctx) },
      {
        orientation: 'portrait',
        blocks: [...conclusionChapter(ctx), ...recommendationsChapter(ctx)]
      },
      { orientation: 'landscape', blocks: annexes.wide },
      { orientation: 'portrait', blocks: annexes.narrow },
      // Register files' SHA-256 and the rows left out need the page's width.
      ...(annexes.registers.length === 0
        ? []
        : [{ orientation: 'landscape' as const, blocks: annexes.registers }])
    ],
    overall: {
      score: scoreText(overall.score),
      level: levelText(ctx, overall.level, overall.withheld)
    },
    meta: {
      generatedAt: model.generatedAt,
      generator: model.generator,
      contentHash: model.cover.contentHash,
      institution: input.assessment.metadata.institution
    }
  }
}

/** The narrative parts as generated from the results: what the 报告 screen offers to start from. */
export function generatedNarratives(input: ReportDocumentInput): Record<NarrativePart, string> {
  const ctx = documentContext(input)
  return Object.fromEntries(
    NARRATIVE_PARTS.map((part) => [part, generatedNarrative(ctx, part)])
  ) as Record<NarrativePart, string>
}
