/**
 * The metadata sheet: which assessment and which exact bank the form was made for. The importer
 * refuses a form made for another assessment or another bank version or content, before it reads
 * a single answer.
 */
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { bankContentHash } from '../bank/identity'
import type { Locale } from '../bank/primitives'
import type { FormRow } from './form-writer'
import { FORM_KIND, FORM_VERSION } from './sheets'

export const METADATA_FIELDS = {
  form: ['表单类型', 'Form kind'],
  form_version: ['表单格式版本', 'Form layout version'],
  assessment_id: ['评估编号', 'Assessment id'],
  institution: ['机构', 'Institution'],
  period_start: ['评估期间开始', 'Period start'],
  period_end: ['评估期间结束', 'Period end'],
  bank_id: ['题库编号', 'Bank id'],
  bank_version: ['题库版本', 'Bank version'],
  bank_content_hash: ['题库内容哈希（SHA-256）', 'Bank content hash (SHA-256)'],
  locale: ['表单语言', 'Form language'],
  exported_at: ['导出时间', 'Exported at']
} as const satisfies Record<string, readonly [string, string]>
export type MetadataField = keyof typeof METADATA_FIELDS

export interface MetadataValues {
  form: string
  form_version: number
  assessment_id: string
  institution: string
  period_start: string
  period_end: string
  bank_id: string
  bank_version: string
  bank_content_hash: string
  locale: Locale
  exported_at?: string
}

/** What the metadata sheet records for this assessment and bank. */
export function metadataValues(
  bank: Bank,
  assessment: Assessment,
  locale: Locale,
  exportedAt?: string
): MetadataValues {
  return {
    form: FORM_KIND,
    form_version: FORM_VERSION,
    assessment_id: assessment.id,
    institution: assessment.metadata.institution,
    period_start: assessment.metadata.period.start,
    period_end: assessment.metadata.period.end,
    bank_id: bank.id,
    bank_version: bank.version,
    bank_content_hash: bankContentHash(bank),
    locale,
    exported_at: exportedAt
  }
}

/** One read-only row per field. */
export function metadataRows(values: MetadataValues): FormRow[] {
  return (Object.keys(METADATA_FIELDS) as MetadataField[])
    .filter((field) => values[field] !== undefined)
    .map((field) => ({
      cells: {
        field,
        label: `${METADATA_FIELDS[field][0]} ${METADATA_FIELDS[field][1]}`,
        value: values[field]
      }
    }))
}
