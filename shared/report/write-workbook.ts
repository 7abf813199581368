import ExcelJS from 'exceljs'
import { packWorkbook } from './chart-pack'
import type { BarChartSpec } from './chart-xml'
import type { SheetKey, WriteContext } from './context'
import { absRange, onSheet } from './excel-formula'
import type { ReportModel } from './model'
import { markConfidentiality } from './confidentiality-mark'
import type { ComparisonSheetInput } from './comparison-model'
import { writeAuditSheet } from './sheet-audit'
import { writeComparisonSheet } from './sheet-comparison'
import { writeCoverSheet } from './sheet-cover'
import { writeDetailsSheet } from './sheet-details'
import { writeFactorsSheet } from './sheet-factors'
import { writeFindingsSheet } from './sheet-findings'
import { writeMethodSheet } from './sheet-method'
import { writeReviewSheet } from './sheet-review'
import {
  registerFigureCells,
  writeRegistersSheet,
  type RegisterSheetInput
} from './sheet-registers'
import { writeSummarySheet, type SummaryLayout } from './sheet-summary'
import { SUM_COL } from './summary-formulas'
import { reportStyles } from './styles'
import { wallClockDate } from './time'

/** Sheet order as the reader meets it. */
export const SHEET_ORDER: readonly SheetKey[] = [
  'cover',
  'summary',
  'factors',
  'details',
  'findings',
  'review',
  'audit',
  'method'
]

const FONT: Record<ReportModel['locale'], string> = {
  'zh-CN': 'Microsoft YaHei',
  'en-US': 'Calibri'
}
const COLORS = { overall: '2E7D32', pillar: '1F4E79', section: '8DB4E2' }

/** Workbook properties: fixed times from the model, so the same model gives the same content. */
export function newWorkbook(
  generator: string,
  generatedAt: string,
  title: string
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const when = wallClockDate(generatedAt) ?? new Date(0)
  workbook.creator = generator
  workbook.lastModifiedBy = generator
  workbook.created = when
  workbook.modified = when
  workbook.title = title
  // No forced recalculation on open: the stored results are the engine's (a test recalculates
  // in LibreOffice and compares), and a forced recalculation makes Excel ask to save on close.
  return workbook
}

function summaryChart(ctx: WriteContext, layout: SummaryLayout): BarChartSpec {
  const { model, labels } = ctx
  const categories: string[] = [labels.summary.overall]
  const values: Array<number | null> = [model.summary.overall.score]
  const colors: Array<string | null> = [COLORS.overall]
  for (const pillar of model.summary.pillars) {
    categories.push(pillar.name)
    values.push(pillar.score)
    colors.push(COLORS.pillar)
    for (const section of pillar.sections) {
      categories.push(section.name)
      values.push(section.combinedScore)
      colors.push(null)
    }
  }
  const name = labels.sheets.summary
  const top = layout.factorIndexRow + 3
  return {
    title: labels.summary.chartTitle,
    categoriesRef: onSheet(name, absRange(SUM_COL.name, layout.firstRow, layout.lastRow)),
    valuesRef: onSheet(name, absRange(SUM_COL.combined, layout.firstRow, layout.lastRow)),
    seriesName: labels.summary.headers.combined,
    categories,
    values,
    colors,
    seriesColor: COLORS.section,
    font: FONT[model.locale],
    lang: model.locale,
    from: { col: 0, row: top },
    // About two rows per bar, so every category label fits beside its bar (none skipped).
    to: { col: 10, row: top + Math.max(18, categories.length * 2 + 4) }
  }
}

/**
 * Writes the report model as .xlsx bytes (exceljs; runs unchanged in Node, Electron and the
 * browser). Eight sheets — Cover, Summary, Evaluation factors, Details, Findings, Review record,
 * Audit log, Method — with the scores as live formulas stored with the engine's results, and a native
 * chart of the pillar and section/process scores on the Summary.
 */
export async function writeReportWorkbook(
  model: ReportModel,
  /** The figures measured from the assessment's registers: a 台账明细 / Registers sheet. */
  registers?: RegisterSheetInput,
  /** The previous period beside this one: a 上期对比 / Comparison sheet after the Summary. */
  comparison?: ComparisonSheetInput
): Promise<Uint8Array> {
  const labels = model.labels
  const workbook = newWorkbook(model.generator, model.generatedAt, model.title)
  let comparisonSheet: ExcelJS.Worksheet | undefined
  const sheets = Object.fromEntries(
    SHEET_ORDER.map((key) => {
      const sheet = workbook.addWorksheet(labels.sheets[key])
      // Right after the Summary, where a reader looks for "what changed since last time".
      if (key === 'summary' && comparison)
        comparisonSheet = workbook.addWorksheet(comparison.labels.sheet)
      return [key, sheet]
    })
  ) as Record<SheetKey, ExcelJS.Worksheet>
  const ctx = {
    model,
    labels,
    styles: reportStyles(model.locale, labels.factors.minutes),
    sheets,
    ...(registers ? { registerCells: registerFigureCells(registers, model.locale) } : {})
  } as WriteContext
  ctx.method = writeMethodSheet(ctx)
  ctx.details = writeDetailsSheet(ctx)
  ctx.factors = writeFactorsSheet(ctx)
  const summary = writeSummarySheet(ctx)
  ctx.summary = summary.refs
  writeCoverSheet(ctx)
  writeFindingsSheet(ctx)
  writeReviewSheet(ctx)
  writeAuditSheet(ctx)
  if (comparison && comparisonSheet) writeComparisonSheet(ctx, comparisonSheet, comparison, summary)
  if (registers) writeRegistersSheet(workbook, registers, model.locale)
  for (const sheet of workbook.worksheets)
    markConfidentiality(sheet, model.confidentiality, ctx.styles.confidentiality)
  return packWorkbook(workbook, [{ worksheet: sheets.summary, chart: summaryChart(ctx, summary) }])
}
