/**
 * Reads the metadata sheet and checks that the form belongs to this assessment and this exact bank.
 * Every mismatch is fatal: answers typed against another bank version could mean something else.
 */
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
  const values = new Map<string, { text: string; fail: (message: string) => void }>()
  for (const reader of rowReaders(table, issues)) {
    const field = reader.text('field')?.trim()
    if (field === undefined || !Object.hasOwn(METADATA_FIELDS, field)) {
      reader.fail(
        'field',
        `unknown field ${shown(field ?? '')}; the metadata sheet must not be edited`
      )
      continue
    }
    if (values.has(field)) {
      reader.fail('field', `the field "${field}" appears twice`)
      continue
    }
    values.set(field, {
      text: reader.text('value')?.trim() ?? '',
      fail: (message) => reader.fail('value', message)
    })
  }
  for (const field of REQUIRED)
    if (!values.has(field))
      issues.add(
        METADATA_SHEET,
        `the field "${field}" is missing; the metadata sheet must not be edited`
      )
  const get = (field: MetadataField): { text: string; fail: (m: string) => void } =>
    values.get(field) ?? { text: '', fail: () => undefined }

  const kind = get('form')
  if (values.has('form') && kind.text !== FORM_KIND) {
    kind.fail(
      `this workbook is not a questionnaire form of Stability Assessor (form kind ${shown(kind.text)})`
    )
    return { locale: 'zh-CN' }
  }
  const version = get('form_version')
  if (values.has('form_version') && version.text !== String(FORM_VERSION))
    version.fail(
      Number(version.text) > FORM_VERSION
        ? `the form was made by a newer version of the app (layout ${version.text}); update the app to import it`
        : `unknown form layout version ${shown(version.text)}`
    )
  const id = get('assessment_id')
  if (values.has('assessment_id') && id.text !== assessment.id) {
    const institution = get('institution').text
    id.fail(
      `this form belongs to assessment "${id.text}"${institution === '' ? '' : ` (${institution})`}, not to "${assessment.id}" (${assessment.metadata.institution}); export a form from this assessment or open the right one`
    )
  }
  const [bankId, bankVersion, bankHash] = [
    get('bank_id'),
    get('bank_version'),
    get('bank_content_hash')
  ]
  const hash = bankContentHash(bank)
  if (values.has('bank_id') && bankId.text !== bank.id)
    bankId.fail(
      `the form was made for bank "${bankId.text}"; this assessment uses bank "${bank.id}"`
    )
  else if (values.has('bank_version') && bankVersion.text !== bank.version)
    bankVersion.fail(
      `the form was made for version ${bankVersion.text} of bank "${bank.id}"; this assessment uses version ${bank.version}. Export a new form`
    )
  else if (values.has('bank_content_hash') && bankHash.text !== hash)
    bankHash.fail(
      `the form was made for other content of bank "${bank.id}" ${bank.version} (${short(bankHash.text)}; this assessment's bank is ${short(hash)}). Export a new form`
    )
  const locale = get('locale').text
  const exportedAt = get('exported_at').text
  return {
    locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN',
    ...(exportedAt === '' ? {} : { exportedAt })
  }
}
