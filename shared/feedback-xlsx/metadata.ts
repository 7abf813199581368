/**
 * The feedback workbook's metadata sheet: it must be a feedback workbook of a layout this code
 * reads, made for this assessment. Every mismatch is fatal.
 */
import { MetadataSheet } from '../questionnaire-xlsx/metadata-sheet'
import { FEEDBACK_KIND, FEEDBACK_METADATA_SHEET, FEEDBACK_VERSION } from './sheets'

export const feedbackMetadata = new MetadataSheet({
  sheet: FEEDBACK_METADATA_SHEET,
  required: ['form', 'form_version', 'assessment_id'],
  kind: FEEDBACK_KIND,
  version: FEEDBACK_VERSION,
  codes: {
    notKind: 'feedback.notFeedbackWorkbook',
    newerLayout: 'feedback.newerLayout',
    unknownLayout: 'feedback.unknownLayout',
    otherAssessment: 'feedback.otherAssessment'
  }
})
