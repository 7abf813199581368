/**
 * The questionnaire round trip through Excel, for people without the app: an assessment's
 * questions as an .xlsx fill-in form, and a filled form read back (row-level problems at their
 * cells) into answers that go through the same merge view as an imported package.
 * Pure TypeScript on exceljs: bytes in, bytes out; runs in Node, the browser and Electron.
 */
export { writeQuestionnaireWorkbook, type QuestionnaireWriteOptions } from './write-workbook'
export { readQuestionnaireWorkbook, type QuestionnaireImport } from './read-workbook'
export { questionnaireToAssessment, type ApplyOptions } from './to-assessment'
export type { AnswerChange } from './read-questions'
export type { FactorChange } from './factor-cells'
export type { SystemChange } from './read-systems'
export type { FormInfo } from './metadata-sheet'
export type { RowField } from './content'
export {
  FORM_KIND,
  FORM_VERSION,
  INSTRUCTIONS_SHEET,
  QUESTIONS_SHEET,
  FACTORS_SHEET,
  SYSTEMS_SHEET,
  SYSTEM_FACTORS_SHEET,
  METADATA_SHEET,
  LISTS_SHEET
} from './sheets'
