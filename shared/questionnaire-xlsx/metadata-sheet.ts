/**
 * The metadata sheet of every workbook the app hands out to be filled in (the questionnaire form,
 * the feedback workbook): one read-only `field | label | value` row per field naming the kind of
 * workbook, its layout version and the assessment it was made for. One writer and one reader for
 * both, so a workbook for another assessment, of another kind or of a newer layout is refused the
 * same way everywhere. Each workbook declares its layout; the form adds the exact bank's fields.
 */
import type { Assessment } from '../assessment/assessment'
import { LOCALES, type Locale } from '../bank/primitives'
import { rowReaders, shown, type SheetTable } from '../bank-xlsx/index'
import { issueText, type IssueCode, type IssueText } from '../util/issue-codes'
import type { FormIssues } from './form-issues'
import type { FormRow } from './form-writer'

/** Field name → its label in Chinese and English, in sheet order. */
export type MetadataLabels = Readonly<Record<string, readonly [string, string]>>

/** The fields naming the workbook and the assessment, first in every metadata sheet. */
const ASSESSMENT_FIELDS = {
  form: ['表单类型', 'Form kind'],
  form_version: ['表单格式版本', 'Form layout version'],
  assessment_id: ['评估编号', 'Assessment id'],
  institution: ['机构', 'Institution'],
  period_start: ['评估期间开始', 'Period start'],
  period_end: ['评估期间结束', 'Period end']
} as const satisfies MetadataLabels

/** The fields about the export itself, last in every metadata sheet. */
const EXPORT_FIELDS = {
  locale: ['表单语言', 'Form language'],
  exported_at: ['导出时间', 'Exported at']
} as const satisfies MetadataLabels

/** What a workbook's metadata sheet is: its name, fields, identity and the codes of its refusals. */
export interface MetadataLayout {
  sheet: string
  /** The workbook's own fields, between the assessment's and the export's (the form: its bank). */
  ownFields?: MetadataLabels
  /** The fields a workbook of this kind must have. */
  required: readonly string[]
  kind: string
  version: number
  codes: {
    /** Another kind of workbook (`{{kind}}`). */
    notKind: IssueCode
    newerLayout: IssueCode
    unknownLayout: IssueCode
    /** Made for another assessment (`{{id}}`, `{{institution}}`, `{{assessment}}`). */
    otherAssessment: IssueCode
  }
  /** More parameters of the `otherAssessment` problem. */
  otherAssessmentParams?: (assessment: Assessment) => Record<string, string>
}

/** A field's value as read, and how to report a problem at its cell. */
export interface MetadataValue {
  text: string
  fail: (problem: IssueText) => void
}

/** The language and time of the export, as the metadata sheet says. */
export interface FormInfo {
  locale: Locale
  exportedAt?: string
}

/** The sheet as read: each field's value, and the language and time of the export. */
export interface MetadataRead {
  values: ReadonlyMap<string, MetadataValue>
  info: FormInfo
}

export class MetadataSheet {
  /** Every field, in sheet order. */
  readonly fields: MetadataLabels

  constructor(private readonly layout: MetadataLayout) {
    this.fields = { ...ASSESSMENT_FIELDS, ...layout.ownFields, ...EXPORT_FIELDS }
  }

  /** One read-only row per field that has a value, in sheet order. */
  rows(
    assessment: Assessment,
    locale: Locale,
    exportedAt: string | undefined,
    own: Readonly<Record<string, string>> = {}
  ): FormRow[] {
    const values: Record<string, string | number | undefined> = {
      form: this.layout.kind,
      form_version: this.layout.version,
      assessment_id: assessment.id,
      institution: assessment.metadata.institution,
      period_start: assessment.metadata.period.start,
      period_end: assessment.metadata.period.end,
      ...own,
      locale,
      exported_at: exportedAt
    }
    return Object.keys(this.fields)
      .filter((field) => values[field] !== undefined)
      .map((field) => ({
        cells: { field, label: this.fields[field]!.join(' '), value: values[field] }
      }))
  }

  /**
   * Reads the metadata rows and checks the workbook's kind, layout version and assessment;
   * problems go to `issues` (all fatal). `undefined` when the workbook is of another kind
   * (nothing more is checked then).
   */
  read(table: SheetTable, assessment: Assessment, issues: FormIssues): MetadataRead | undefined {
    const values = this.values(table, issues)
    const { codes, kind: ownKind, version: ownVersion } = this.layout
    const kind = values.get('form')
    if (kind !== undefined && kind.text !== ownKind) {
      kind.fail(issueText(codes.notKind, { kind: shown(kind.text) }))
      return undefined
    }
    const version = values.get('form_version')
    if (version !== undefined && version.text !== String(ownVersion))
      version.fail(
        Number(version.text) > ownVersion
          ? issueText(codes.newerLayout, { version: version.text })
          : issueText(codes.unknownLayout, { version: shown(version.text) })
      )
    const id = values.get('assessment_id')
    if (id !== undefined && id.text !== assessment.id) {
      const institution = values.get('institution')?.text ?? ''
      id.fail(
        issueText(codes.otherAssessment, {
          id: id.text,
          institution: institution === '' ? '' : ` (${institution})`,
          assessment: assessment.id,
          ...this.layout.otherAssessmentParams?.(assessment)
        })
      )
    }
    const locale = values.get('locale')?.text ?? ''
    const exportedAt = values.get('exported_at')?.text ?? ''
    return {
      values,
      info: {
        locale: (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'zh-CN',
        ...(exportedAt === '' ? {} : { exportedAt })
      }
    }
  }

  private values(table: SheetTable, issues: FormIssues): Map<string, MetadataValue> {
    const values = new Map<string, MetadataValue>()
    for (const reader of rowReaders(table, issues)) {
      const field = reader.text('field')?.trim()
      if (field === undefined || !Object.hasOwn(this.fields, field)) {
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
    for (const field of this.layout.required)
      if (!values.has(field))
        issues.add(this.layout.sheet, issueText('form.fieldMissing', { field }))
    return values
  }
}
