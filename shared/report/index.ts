/**
 * The scored Excel report: assessment + bank + scoring result → a plain report model → .xlsx
 * bytes (exceljs). One implementation for the command line, the Electron main process and the
 * browser build (load it with a dynamic import, so exceljs stays out of the start-up bundle).
 * See docs/report.md.
 */
export { buildReportModel, type ReportInput } from './build-model'
export { writeReportWorkbook } from './write-workbook'
export {
  buildComparisonSheetInput,
  type ComparisonSheetInput,
  type ComparisonRow,
  type ComparisonAnswerRow
} from './comparison-model'
export { levelCodeText } from './context'
export type { RegisterSheetInput, RegisterSheetFigure } from './sheet-registers'
export { reportFileName } from './file-name'
export { isoWithOffset } from './time'
export { reportLabels, type ReportLabels } from './labels'
export type * from './model'
export {
  buildConsolidatedModel,
  type ConsolidatedInput,
  type ConsolidatedItem,
  type ConsolidatedModel,
  type ConsolidatedRow
} from './consolidated-model'
export { writeConsolidatedWorkbook } from './consolidated-writer'
