/**
 * Reads the metadata sheet and checks that the form belongs to this assessment and this exact bank.
 * Every mismatch is fatal: answers typed against another bank version could mean something else.
 */
import { issueText, type IssueText } from '../util/issue-codes'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { bankContentHash } from '../bank/identity'
import { LOCALES, type Locale } from '../bank/primitives'
import { rowReaders, shown, type SheetTable } from '../bank-xlsx/index'
import type { FormIssues } from './form-issues'
import { FORM_KIND, FORM_VERSION, METADATA_SHEET } from './sheets'
import { METADATA_FIELDS, type MetadataField } from './metadata'

export interface FormInfo {
  locale: Locale
  exportedAt?: string
}

const REQUIRED: readonly MetadataField[] = [
  'form',
  'form_version',
  'assessment_id',
  'bank_id',
  'bank_version',
  'bank_content_hash'
]

const short = (hash: string): string => `${hash.slice(0, 12)}…`

/** Checks the metadata rows; problems go to `issues` (all fatal). */
export function readMetadata(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): FormInfo {
  const values = new Map<string, { text: string; fail: (message: IssueText) => void }>()
  for (const reader of rowReaders(table, issues)) {
    const field = reader.text('field')?.trim()
    if (field === undefined || !Object.hasOwn(METADATA_FIELDS, field)) {
      reader.fail('field', issueText('form.unknownField', { field: shown(field ?? '') }))
      continue
    }
    if (values.has(field)) {
      reader.fail('field', issueText('form.fieldTwice', { field }))
      continue
    }
    values.set(field, {
      text: reader.text('value')?.trim() ?? '',
      fail: (message) => reader.fail('value', message)
    })
  }
  for (const field of REQUIRED)
    if (!values.has(field)) issues.add(METADATA_SHEET, issueText('form.fieldMissing', { field }))
  const get = (field: MetadataField): { text: string; fail: (m: IssueText) => void } =>
    values.get(field) ?? { text: '', fail: () => undefined }

  const kind = get('form')
  if (values.has('form') && kind.text !== FORM_KIND) {
    kind.fail(issueText('form.notForm', { kind: shown(kind.text) }))
    return { locale: 'zh-CN' }
  }
  const version = get('form_version')
  if (values.has('form_version') && version.text !== String(FORM_VERSION))
    version.fail(
      Number(version.text) > FORM_VERSION
        ? issueText('form.newerLayout', { version: version.text })
        : issueText('form.unknownLayout', { version: shown(version.text) })
    )
  const id = get('assessment_id')
  if (values.has('assessment_id') && id.text !== assessment.id) {
    const institution = get('institution').text
    id.fail(
      issueText('form.otherAssessment', {
        id: id.text,
        institution: institution === '' ? '' : ` (${institution})`,
        assessment: assessment.id,
        ownInstitution: assessment.metadata.institution
      })
    )
  }
  const [bankId, bankVersion, bankHash] = [
    get('bank_id'),
    get('bank_version'),
    get('bank_content_hash')
  ]
  const hash = bankContentHash(bank)
  if (values.has('bank_id') && bankId.text !== bank.id)
    bankId.fail(issueText('form.otherBank', { formBank: bankId.text, bank: bank.id }))
  else if (values.has('bank_version') && bankVersion.text !== bank.version)
    bankVersion.fail(
      issueText('form.otherBankVersion', {
        formVersion: bankVersion.text,
        bank: bank.id,
        version: bank.version
      })
    )
  else if (values.has('bank_content_hash') && bankHash.text !== hash)
    bankHash.fail(
      issueText('form.otherBankContent', {
        bank: bank.id,
        version: bank.version,
        formHash: short(bankHash.text),
        hash: short(hash)
      })
    )
  const locale = get('locale').text
  const exportedAt = get('exported_at').text
  return {
    locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN',
    ...(exportedAt === '' ? {} : { exportedAt })
  }
}
