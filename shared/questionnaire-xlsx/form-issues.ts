/**
 * The problem list of a form import. Problems in a data row of questions, factors, systems or
 * system_factors are
 * row-level: that row is left out and the rest is imported. Anything else — the file, a sheet, a
 * header, the metadata — is fatal: nothing is imported.
 */
import { IssueList, type CellRef } from '../bank-xlsx/index'
import type { IssueText } from '../util/issue-codes'
import type { IssuePlace, ValidationIssue } from '../util/validation'
import { issueAt } from '../util/validation'
import { FACTORS_SHEET, QUESTIONS_SHEET, SYSTEM_FACTORS_SHEET, SYSTEMS_SHEET } from './sheets'

const ROW_SHEETS: ReadonlySet<string> = new Set([
  QUESTIONS_SHEET,
  FACTORS_SHEET,
  SYSTEMS_SHEET,
  SYSTEM_FACTORS_SHEET
])

export class FormIssues extends IssueList {
  /** `rowSheets`: the sheets whose data rows are read one by one (another form's, e.g. feedback). */
  constructor(private readonly rowSheets: ReadonlySet<string> = ROW_SHEETS) {
    super()
  }

  private readonly failedRows = new Set<string>()
  private readonly notices: ValidationIssue[] = []
  /** A problem that refuses the whole file was found. */
  fatal = false

  override at(ref: CellRef, problem: IssueText): void {
    if (this.rowSheets.has(ref.sheet) && ref.row > 1) this.failedRows.add(`${ref.sheet}#${ref.row}`)
    else this.fatal = true
    super.at(ref, problem)
  }

  override add(path: string, problem: IssueText, place?: IssuePlace): void {
    this.fatal = true
    super.add(path, problem, place)
  }

  /** Something the filler should know that refuses nothing (e.g. a sheet not read): `sheet`. */
  notice(sheet: string, problem: IssueText): void {
    this.notices.push(issueAt({ sheet }, problem, sheet))
  }

  /** Whether a problem was reported in this row (so the row is left out). */
  rowFailed(sheet: string, row: number): boolean {
    return this.failedRows.has(`${sheet}#${row}`)
  }

  /** Every problem, notices last. */
  get all(): ValidationIssue[] {
    return [...this.issues, ...this.notices]
  }
}
