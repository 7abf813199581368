/**
 * Reads the feedback workbook's metadata sheet: it must be a feedback workbook of a layout this
 * code reads, made for this assessment. Every mismatch is fatal.
 */
import type { Assessment } from '../assessment/assessment'
import { LOCALES, type Locale } from '../bank/primitives'
import { rowReaders, shown, type SheetTable } from '../bank-xlsx/index'
import type { FormIssues } from '../questionnaire-xlsx/form-issues'
import { issueText, type IssueText } from '../util/issue-codes'
import {
  FEEDBACK_KIND,
  FEEDBACK_METADATA_FIELDS,
  FEEDBACK_METADATA_SHEET,
  FEEDBACK_VERSION,
  type FeedbackMetadataField
} from './sheets'

export interface FeedbackFormInfo {
  locale: Locale
  exportedAt?: string
}

const REQUIRED: readonly FeedbackMetadataField[] = ['form', 'form_version', 'assessment_id']

interface Value {
  text: string
  fail: (problem: IssueText) => void
}

export function readFeedbackMetadata(
  table: SheetTable,
  assessment: Assessment,
  issues: FormIssues
): FeedbackFormInfo {
  const values = new Map<string, Value>()
  for (const reader of rowReaders(table, issues)) {
    const field = reader.text('field')?.trim()
    if (field === undefined || !Object.hasOwn(FEEDBACK_METADATA_FIELDS, field)) {
      reader.fail('field', issueText('form.unknownField', { field: shown(field ?? '') }))
      continue
    }
    if (values.has(field)) {
      reader.fail('field', issueText('form.fieldTwice', { field }))
      continue
    }
    values.set(field, {
      text: reader.text('value')?.trim() ?? '',
      fail: (problem) => reader.fail('value', problem)
    })
  }
  for (const field of REQUIRED)
    if (!values.has(field))
      issues.add(FEEDBACK_METADATA_SHEET, issueText('form.fieldMissing', { field }))
  const kind = values.get('form')
  if (kind !== undefined && kind.text !== FEEDBACK_KIND) {
    kind.fail(issueText('feedback.notFeedbackWorkbook', { kind: shown(kind.text) }))
    return { locale: 'zh-CN' }
  }
  const version = values.get('form_version')
  if (version !== undefined && version.text !== String(FEEDBACK_VERSION))
    version.fail(
      Number(version.text) > FEEDBACK_VERSION
        ? issueText('feedback.newerLayout', { version: version.text })
        : issueText('feedback.unknownLayout', { version: shown(version.text) })
    )
  const id = values.get('assessment_id')
  if (id !== undefined && id.text !== assessment.id) {
    const institution = values.get('institution')?.text ?? ''
    id.fail(
      issueText('feedback.otherAssessment', {
        id: id.text,
        institution: institution === '' ? '' : ` (${institution})`,
        assessment: assessment.id
      })
    )
  }
  const locale = values.get('locale')?.text ?? ''
  const exportedAt = values.get('exported_at')?.text ?? ''
  return {
    locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN',
    ...(exportedAt === '' ? {} : { exportedAt })
  }
}
