/**
 * The form's metadata sheet: which assessment and which exact bank the form was made for. The
 * importer refuses a form made for another assessment or another bank version or content, before
 * it reads a single answer: answers typed against another bank version could mean something else.
 */
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { bankContentHash } from '../bank/identity'
import type { Locale } from '../bank/primitives'
import type { SheetTable } from '../bank-xlsx/index'
import { issueText } from '../util/issue-codes'
import type { FormIssues } from './form-issues'
import type { FormRow } from './form-writer'
import { MetadataSheet, type FormInfo } from './metadata-sheet'
import { FORM_KIND, FORM_VERSION, METADATA_SHEET } from './sheets'

const formMetadata = new MetadataSheet({
  sheet: METADATA_SHEET,
  ownFields: {
    bank_id: ['题库编号', 'Bank id'],
    bank_version: ['题库版本', 'Bank version'],
    bank_content_hash: ['题库内容哈希（SHA-256）', 'Bank content hash (SHA-256)']
  },
  required: [
    'form',
    'form_version',
    'assessment_id',
    'bank_id',
    'bank_version',
    'bank_content_hash'
  ],
  kind: FORM_KIND,
  version: FORM_VERSION,
  codes: {
    notKind: 'form.notForm',
    newerLayout: 'form.newerLayout',
    unknownLayout: 'form.unknownLayout',
    otherAssessment: 'form.otherAssessment'
  },
  otherAssessmentParams: (assessment) => ({ ownInstitution: assessment.metadata.institution })
})

/** The metadata sheet's rows for this assessment and bank. */
export function formMetadataRows(
  bank: Bank,
  assessment: Assessment,
  locale: Locale,
  exportedAt?: string
): FormRow[] {
  return formMetadata.rows(assessment, locale, exportedAt, {
    bank_id: bank.id,
    bank_version: bank.version,
    bank_content_hash: bankContentHash(bank)
  })
}

const short = (hash: string): string => `${hash.slice(0, 12)}…`

/** Checks the metadata rows against the assessment and bank; problems go to `issues` (all fatal). */
export function readMetadata(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): FormInfo | undefined {
  const read = formMetadata.read(table, assessment, issues)
  if (read === undefined) return undefined
  const [bankId, bankVersion, bankHash] = [
    read.values.get('bank_id'),
    read.values.get('bank_version'),
    read.values.get('bank_content_hash')
  ]
  const hash = bankContentHash(bank)
  if (bankId !== undefined && bankId.text !== bank.id)
    bankId.fail(issueText('form.otherBank', { formBank: bankId.text, bank: bank.id }))
  else if (bankVersion !== undefined && bankVersion.text !== bank.version)
    bankVersion.fail(
      issueText('form.otherBankVersion', {
        formVersion: bankVersion.text,
        bank: bank.id,
        version: bank.version
      })
    )
  else if (bankHash !== undefined && bankHash.text !== hash)
    bankHash.fail(
      issueText('form.otherBankContent', {
        bank: bank.id,
        version: bank.version,
        formHash: short(bankHash.text),
        hash: short(hash)
      })
    )
  return read.info
}
