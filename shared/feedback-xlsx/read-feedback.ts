/** A filled feedback workbook (.xlsx bytes) → the feedback it gives on the register's findings. */
import type ExcelJS from 'exceljs'
import type { Assessment, FindingRecord } from '../assessment/assessment'
import { FormIssues } from '../questionnaire-xlsx/form-issues'
import { readFormTables, type FormTable } from '../questionnaire-xlsx/form-tables'
import type { FormInfo } from '../questionnaire-xlsx/metadata-sheet'
import { issueText } from '../util/issue-codes'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { loadWorkbook } from '../xlsx/load'
import { feedbackMetadata } from './metadata'
import { readFeedbackRows, type FeedbackChange } from './read-rows'
import {
  FEEDBACK_INSTRUCTIONS_SHEET,
  FEEDBACK_LISTS_SHEET,
  FEEDBACK_METADATA_SHEET,
  FEEDBACK_SHEET,
  FEEDBACK_SHEETS
} from './sheets'

/** What a filled feedback workbook changes, ready for the merge view. */
export interface FeedbackImport {
  /** One entry per finding whose row the department changed and that differs from now. */
  changes: FeedbackChange[]
  /** Row-level problems, each at its cell (`feedback!L7 (response): why`); those rows are left out. */
  issues: ValidationIssue[]
  form: FormInfo & { rows: number }
}

export interface FeedbackReadContext {
  assessment: Assessment
  /** The ids of the register's findings (the rows the workbook may hold). */
  findingIds: ReadonlySet<string>
  /** When the feedback is taken in, ISO 8601 with offset (the caller's clock). */
  at: string
}

function readTables(workbook: ExcelJS.Workbook, issues: FormIssues): Map<string, FormTable> {
  const ownSheets = [FEEDBACK_INSTRUCTIONS_SHEET, FEEDBACK_LISTS_SHEET]
  const tables = readFormTables(workbook, FEEDBACK_SHEETS, ownSheets, issues)
  for (const spec of FEEDBACK_SHEETS)
    if (!tables.has(spec.name)) issues.add(spec.name, issueText('form.missingSheet'))
  return tables
}

/**
 * Reads a feedback workbook written by {@link writeFeedbackWorkbook} against the assessment as it
 * stands now. The file goes through the one workbook gate (size, zip structure, bombs, macros);
 * then the metadata must name this assessment, or the workbook is refused. Each row is checked:
 * no formulas, a known finding id that was not changed, not twice; the answer one of
 * 同意/部分同意/不同意 (either language), explained when not agreeing; texts within their limits;
 * a real date. A row with a problem is reported at its cell and left out. `ok: false` (with every
 * problem found) when the file, a sheet, a header or the metadata is wrong. Never throws for a
 * bad file; writes nothing.
 */
export async function readFeedbackWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  context: FeedbackReadContext
): Promise<ParseResult<FeedbackImport>> {
  const loaded = await loadWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))
  if (!loaded.ok) return loaded
  const issues = new FormIssues(new Set([FEEDBACK_SHEET]))
  const tables = readTables(loaded.value, issues)
  const metadata = tables.get(FEEDBACK_METADATA_SHEET)
  const info =
    metadata === undefined
      ? undefined
      : feedbackMetadata.read(metadata.table, context.assessment, issues)?.info
  if (issues.fatal || info === undefined) return { ok: false, issues: issues.all }
  const records = new Map<string, FindingRecord>(
    context.assessment.findings.map((record) => [record.findingId, record])
  )
  const read = readFeedbackRows(
    tables.get(FEEDBACK_SHEET)!.table,
    context.findingIds,
    records,
    info.locale,
    context.at,
    issues
  )
  if (issues.fatal) return { ok: false, issues: issues.all }
  return {
    ok: true,
    value: { changes: read.changes, issues: issues.all, form: { ...info, rows: read.rows } }
  }
}
