/**
 * Finding the sheets of a workbook the app handed out to be filled in (the questionnaire form, the
 * feedback workbook): each sheet named by a spec read as a table, every formula refused first,
 * a sheet named twice or too many sheets refused, a sheet the app did not write noted.
 */
import type ExcelJS from 'exceljs'
import { isFormulaCell, MAX_ROWS, readSheetTable, type SheetTable } from '../bank-xlsx/index'
import { ANY_CELL } from '../bank-xlsx/issues'
import { issueText } from '../util/issue-codes'
import type { FormIssues } from './form-issues'
import type { FormSheetSpec } from './sheets'

/** XLS-06: a form has at most seven sheets; a workbook with many more is not one. */
const MAX_SHEETS = 20

/** A sheet found and read as a table. */
export interface FormTable {
  table: SheetTable
  sheet: ExcelJS.Worksheet
}

/** Reports every formula cell of a sheet, at its address and column name, before anything is read. */
export function refuseFormulas(
  sheet: ExcelJS.Worksheet,
  name: string,
  spec: FormSheetSpec | undefined,
  issues: FormIssues
): void {
  const headers = new Map<number, string>()
  if (spec !== undefined)
    sheet.getRow(1).eachCell((cell, col) => {
      if (typeof cell.value === 'string') headers.set(col, cell.value.trim().toLowerCase())
    })
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > MAX_ROWS + 1) return
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (isFormulaCell(cell))
        issues.at(
          { sheet: name, row: r, col, column: headers.get(col) ?? ANY_CELL },
          issueText('form.formula')
        )
    })
  })
}

/**
 * The sheets of `specs` found in `workbook` (by name, case and spaces aside), each read as a
 * table. `ownSheets`: the other sheets the app writes (instructions, lists), checked for formulas
 * only. The caller says which missing sheets are a problem.
 */
export function readFormTables(
  workbook: ExcelJS.Workbook,
  specs: readonly FormSheetSpec[],
  ownSheets: readonly string[],
  issues: FormIssues
): Map<string, FormTable> {
  const byName = new Map(specs.map((spec) => [spec.name, spec]))
  const tables = new Map<string, FormTable>()
  if (workbook.worksheets.length > MAX_SHEETS)
    issues.workbook(
      issueText('form.tooManySheets', { count: workbook.worksheets.length, maximum: MAX_SHEETS })
    )
  for (const sheet of workbook.worksheets.slice(0, MAX_SHEETS)) {
    const name = sheet.name.trim().toLowerCase()
    const spec = byName.get(name)
    refuseFormulas(sheet, spec?.name ?? sheet.name, spec, issues)
    if (spec === undefined) {
      if (!ownSheets.includes(name) && sheet.actualRowCount > 0)
        issues.notice(sheet.name, issueText('form.notPartOfForm'))
      continue
    }
    if (tables.has(spec.name))
      issues.add(sheet.name, issueText('form.secondSheet', { name: spec.name }))
    else tables.set(spec.name, { table: readSheetTable(sheet, spec, issues), sheet })
  }
  return tables
}
