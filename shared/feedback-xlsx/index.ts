/**
 * The auditee's feedback workbook (事实确认, docs/remediation.md): the remediation register as an
 * .xlsx for the assessed department to answer each finding (同意/部分同意/不同意, 说明, 整改计划,
 * 计划完成日期), and a filled one read back (problems at their cells) into feedback that goes
 * through the same merge view as an imported package. Pure TypeScript on exceljs; loaded lazily.
 */
export { writeFeedbackWorkbook, type FeedbackWriteOptions } from './write-feedback'
export {
  readFeedbackWorkbook,
  type FeedbackImport,
  type FeedbackReadContext
} from './read-feedback'
export type { FeedbackChange } from './read-rows'
export { feedbackToAssessment } from './to-assessment'
export {
  FEEDBACK_KIND,
  FEEDBACK_VERSION,
  FEEDBACK_SHEET,
  FEEDBACK_METADATA_SHEET,
  FEEDBACK_INSTRUCTIONS_SHEET
} from './sheets'
