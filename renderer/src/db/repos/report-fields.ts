import {
  CONFIDENTIALITY_LEVELS,
  MAX_NARRATIVE_LENGTH,
  type ConfidentialityLevel,
  type NarrativePart
} from '@shared/assessment/report-fields'
import type { StabilityDatabase } from '../database'
import type { AssessmentRow } from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { changeAssessment } from './audited-change'

/** One field of the report of record an assessor edits on the 报告 screen. */
export type ReportField = 'reportNumber' | 'confidentiality' | `narrative:${NarrativePart}`

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** The row's patch for a field's new value ('' removes it: the report then generates or defaults it). */
function patchFor(row: AssessmentRow, field: ReportField, value: string): Partial<AssessmentRow> {
  if (field === 'reportNumber') {
    const number = value.trim()
    if ([...number].length > 64 || CONTROL.test(number))
      throw new StorageError('invalid', 'a report number is one line of at most 64 characters')
    const { reportNumber: _old, ...metadata } = row.metadata
    return { metadata: number === '' ? metadata : { ...metadata, reportNumber: number } }
  }
  if (field === 'confidentiality') {
    if (!(CONFIDENTIALITY_LEVELS as readonly string[]).includes(value))
      throw new StorageError('invalid', `unknown confidentiality level ${value}`)
    return { metadata: { ...row.metadata, confidentiality: value as ConfidentialityLevel } }
  }
  const part = field.slice('narrative:'.length) as NarrativePart
  if (value.length > MAX_NARRATIVE_LENGTH)
    throw new StorageError(
      'invalid',
      `a narrative part holds at most ${MAX_NARRATIVE_LENGTH} characters`
    )
  const { [part]: _old, ...rest } = row.narrative ?? {}
  const narrative = value.trim() === '' ? rest : { ...rest, [part]: value }
  return { narrative: Object.keys(narrative).length === 0 ? undefined : narrative }
}

function currentValue(row: AssessmentRow, field: ReportField): string | undefined {
  if (field === 'reportNumber') return row.metadata.reportNumber
  if (field === 'confidentiality') return row.metadata.confidentiality
  return row.narrative?.[field.slice('narrative:'.length) as NarrativePart]
}

/**
 * Saves one field of the report of record (report number, confidentiality label, a narrative
 * part) and logs it (`assessment.update`, target = the field; quick successive edits coalesce).
 */
export function saveReportField(
  db: StabilityDatabase,
  assessmentId: string,
  field: ReportField,
  value: string,
  by: string,
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(db, assessmentId, { require: 'editable', by, now }, (row) => {
    const patch = patchFor(row, field, value)
    return {
      patch,
      audit: {
        action: 'assessment.update',
        target: field,
        oldValue: currentValue(row, field),
        newValue: currentValue({ ...row, ...patch } as AssessmentRow, field)
      }
    }
  })
}

/**
 * The next report sequence number of a year: one more than the assessments on this machine whose
 * period ends in that year (read from the home list's lean lines).
 */
export function nextReportSequence(db: StabilityDatabase, year: string): Promise<number> {
  return guardStorage(async () => {
    const lines = await db.assessmentList.filter((line) => line.period.end.startsWith(year)).count()
    return lines + 1
  })
}
