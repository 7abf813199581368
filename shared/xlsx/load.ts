import ExcelJS from 'exceljs'
import { issueText } from '../util/issue-codes'
import type { ParseResult } from '../util/validation'
import { wholeFileIssue } from '../util/validation'
import { withFindableNotes } from './foreign-notes'
import { checkWorkbookBytes, WORKBOOK_LIMITS, WORKBOOK_PATH, type WorkbookLimits } from './gate'

/**
 * Sheet parts no reader uses, which exceljs would otherwise expand cell by cell: a drop-down on
 * a whole column (as Excel writes it when a column is selected) is a million objects (measured:
 * +145 MB on the command line). Skipped, they cost nothing, so the gate need not cap them.
 */
const EXCELJS_OPTIONS = { ignoreNodes: ['dataValidations', 'conditionalFormatting'] }

/**
 * The only way to get an exceljs workbook from bytes: the gate (shared/xlsx/gate.ts) first, then
 * exceljs. Every workbook reader (bank workbook, questionnaire form, and any later one) loads
 * through here, so none can forget the gate; lint fails on `xlsx.load` anywhere else (scripts/eslint-rules/file-doors.mjs).
 */
export async function loadWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  /** The gate's limits: the default ones unless the reader's workbooks need others (registers). */
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Promise<ParseResult<ExcelJS.Workbook>> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const refused = checkWorkbookBytes(view, limits)
  if (refused.length > 0) return { ok: false, issues: refused }
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types the argument as its own Buffer alias; it takes any byte array (JSZip input).
    await workbook.xlsx.load(
      withFindableNotes(view, limits) as unknown as ArrayBuffer,
      EXCELJS_OPTIONS
    )
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      issues: [wholeFileIssue(issueText('xlsx.unreadable', { detail }), WORKBOOK_PATH)]
    }
  }
  return { ok: true, value: workbook }
}
