/**
 * The report of record (评估报告) in Word and PDF: assessment + bank → the same report model as
 * the scored workbook (shared/report) → a document model → .docx bytes (the `docx` package) or a
 * print view (HTML with print CSS) for the PDF. Pure TypeScript: the renderer loads it as a lazy
 * chunk, the command line imports it. See docs/report.md.
 */
export {
  buildReportDocument,
  generatedNarratives,
  type ReportDocumentInput
} from './build-document'
export { writeReportDocx } from './docx/write-docx'
export { renderPrintView, renderReportHtml, type PrintView } from './html/print-html'
export { documentHeadings, cellText } from './document'
export type * from './document'
export { docLabels, type DocLabels } from './labels'
