import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { ReportDocumentInput } from '@shared/report-doc'
import type { ComparisonSheetInput, ReportModel } from '@shared/report'
import type { RegistersRow } from '../../db/schema'
import type { AppLanguage } from '../../i18n/language'

/** One assessment with its exact bank, ready for the report builder. */
export interface ReportItem {
  assessment: Assessment
  bank: Bank
  /** Its registers, when it has any: the workbook's 台账明细 / Registers sheet. */
  registers?: RegistersRow
  /** The period it continues, on the same bank: the workbook's 上期对比 / Comparison sheet. */
  previous?: { assessment: Assessment; bank: Bank }
}

export interface ReportFile {
  name: string
  bytes: Uint8Array<ArrayBuffer>
}

export interface BuildReportOptions {
  language: AppLanguage
  /** `Stability Assessor 0.1.0 (browser)`, written into the workbook. */
  generator: string
  /** The report's "generated at", normally now. */
  now: Date
  /** Scoring progress of a consolidated export: done of total. */
  onProgress?: (done: number, total: number) => void
}

/** Lets the browser paint a progress update between batches of scoring. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Builds the report workbook of one assessment, or the consolidated workbook of several, with
 * the one report builder in shared/report. It is loaded here with a dynamic import, so exceljs
 * and the sheet writers form a chunk of their own that is fetched on the first export and never
 * weighs on start-up.
 */
export async function buildReportFile(
  items: readonly ReportItem[],
  options: BuildReportOptions
): Promise<ReportFile> {
  const report = await import('@shared/report')
  const generatedAt = report.isoWithOffset(options.now)
  const locale = options.language
  const [only] = items
  let bytes: Uint8Array
  let name: string
  if (items.length === 1 && only !== undefined) {
    const model = report.buildReportModel({
      ...only,
      locale,
      generatedAt,
      generator: options.generator
    })
    options.onProgress?.(1, 1)
    const { registerSheetInput } = await import('../registers/register-sheet-input')
    const registers = await registerSheetInput(only.assessment, only.bank, only.registers, locale)
    const comparison = await comparisonSheetInput(only, locale, model)
    bytes = await report.writeReportWorkbook(model, registers, comparison)
    name = report.reportFileName({
      kind: 'report',
      institution: only.assessment.metadata.institution,
      periodEnd: only.assessment.metadata.period.end,
      locale
    })
  } else {
    const model = await report.buildConsolidatedModel({
      items,
      locale,
      generatedAt,
      generator: options.generator,
      onProgress: options.onProgress,
      yieldControl: yieldToBrowser
    })
    await yieldToBrowser()
    bytes = await report.writeConsolidatedWorkbook(model)
    name = report.reportFileName({
      kind: 'consolidated',
      count: items.length,
      date: generatedAt.slice(0, 10),
      locale
    })
  }
  // The save bridge takes bytes backed by a plain ArrayBuffer (structured-clonable).
  return { name, bytes: new Uint8Array(bytes) }
}

/** The comparison of the item with the period it continues, named for the workbook. */
async function comparisonSheetInput(
  item: ReportItem,
  locale: BuildReportOptions['language'],
  model: ReportModel
): Promise<ComparisonSheetInput | undefined> {
  if (item.previous === undefined) return undefined
  const [{ compareAssessments }, { scoreAssessment }, report] = await Promise.all([
    import('@shared/comparison'),
    import('@shared/scoring'),
    import('@shared/report')
  ])
  const previous = item.previous
  const comparison = compareAssessments(
    {
      assessment: previous.assessment,
      bank: previous.bank,
      result: scoreAssessment(previous.bank, previous.assessment)
    },
    {
      assessment: item.assessment,
      bank: item.bank,
      result: scoreAssessment(item.bank, item.assessment)
    }
  )
  return report.buildComparisonSheetInput(
    comparison,
    item.bank,
    locale,
    (level) => report.levelCodeText(model, level, model.labels.dash),
    previous.bank
  )
}

/** The Word report's MIME type, for the browser download. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/**
 * What the report of record of one assessment is built from: the assessment, its bank and its
 * registers as the workbook's 台账明细 sheet lists them (the Word report's 附件6). The Word export
 * and the print view both take it from here.
 */
export async function reportDocumentInput(
  item: ReportItem,
  language: AppLanguage,
  generatedAt: string,
  generator: string
): Promise<ReportDocumentInput> {
  const { registerSheetInput } = await import('../registers/register-sheet-input')
  const registers = await registerSheetInput(item.assessment, item.bank, item.registers, language)
  return {
    assessment: item.assessment,
    bank: item.bank,
    locale: language,
    generatedAt,
    generator,
    ...(registers === undefined ? {} : { registers })
  }
}

/**
 * The report of record of one assessment (shared/report-doc, a lazy chunk of its own with the
 * docx package): as .docx bytes, or as the print view's standalone HTML for the desktop's PDF.
 * The same document model either way, so the Word report and the PDF say the same.
 */
export async function buildReportDocument(
  item: ReportItem,
  options: BuildReportOptions,
  format: 'docx' | 'pdf'
): Promise<{ name: string; bytes?: Uint8Array<ArrayBuffer>; html?: string }> {
  const [doc, report] = await Promise.all([import('@shared/report-doc'), import('@shared/report')])
  const document = doc.buildReportDocument(
    await reportDocumentInput(
      item,
      options.language,
      report.isoWithOffset(options.now),
      options.generator
    )
  )
  const name = report.reportFileName(
    {
      kind: 'report',
      institution: item.assessment.metadata.institution,
      periodEnd: item.assessment.metadata.period.end,
      locale: options.language
    },
    format
  )
  if (format === 'pdf') return { name, html: doc.renderReportHtml(document) }
  return { name, bytes: await doc.writeReportDocx(document) }
}
