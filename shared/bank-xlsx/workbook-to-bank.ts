/** Authoring workbook (.xlsx bytes) → validated bank, with every problem at its sheet, row and column. */
import type ExcelJS from 'exceljs'
import type { Bank } from '../bank/bank'
import { parseBank } from '../bank/index'
import type { ParseResult } from '../util/validation'
import { loadWorkbook } from '../xlsx/load'
import { addMappedIssues, CellMap } from './cell-map'
import { issueText } from '../util/issue-codes'
import { ANY_CELL, IssueList, sheetRef } from './issues'
import { readAnchors, readReferences, readSettings, readStructure } from './read-content'
import type { ReadContext } from './read-context'
import { readFactors } from './read-factors'
import { readProfiles, readRules } from './read-profiles'
import { readChoices, readQuestions } from './read-questions'
import { isFormulaCell, readSheetTable, type SheetTable } from './sheet-reader'
import { DATA_SHEETS, INSTRUCTIONS_SHEET } from './sheets'

const MAX_SHEETS = 20

/** Where top-level bank arrays come from, for issues such as "needs at least one pillar". */
const TOP_LEVEL_SHEETS: Record<string, string> = {
  pillars: 'pillars',
  factors: 'factors',
  consistencyRules: 'rules',
  profiles: 'profiles',
  maturityAnchors: 'anchors',
  references: 'references'
}

/** Checks the sheet list and reads every known data sheet. */
function readTables(workbook: ExcelJS.Workbook, issues: IssueList): Map<string, SheetTable> {
  const tables = new Map<string, SheetTable>()
  const specs = new Map(DATA_SHEETS.map((spec) => [spec.name.toLowerCase(), spec]))
  if (workbook.worksheets.length > MAX_SHEETS)
    issues.workbook(
      issueText('bankXlsx.tooManySheets', { count: workbook.worksheets.length, max: MAX_SHEETS })
    )
  for (const sheet of workbook.worksheets.slice(0, MAX_SHEETS)) {
    const name = sheet.name.trim().toLowerCase()
    if (name === INSTRUCTIONS_SHEET) {
      refuseFormulas(sheet, issues)
      continue
    }
    const spec = specs.get(name)
    if (spec === undefined) {
      issues.add(
        sheet.name,
        issueText('bankXlsx.unknownSheet', {
          name: sheet.name,
          sheets: DATA_SHEETS.map((s) => s.name).join(', ')
        })
      )
      refuseFormulas(sheet, issues)
      continue
    }
    if (tables.has(spec.name))
      issues.add(sheet.name, issueText('bankXlsx.secondSheet', { name: spec.name }))
    else tables.set(spec.name, readSheetTable(sheet, spec, issues))
  }
  for (const spec of DATA_SHEETS) {
    if (spec.required && !tables.has(spec.name)) {
      issues.add(spec.name, issueText('bankXlsx.missingSheet'))
      issues.incomplete = true
    }
  }
  return tables
}

/** Sheets whose content is not read still must not carry formulas (XLS-01). */
function refuseFormulas(sheet: ExcelJS.Worksheet, issues: IssueList): void {
  sheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (isFormulaCell(cell))
        issues.at(
          { sheet: sheet.name, row: r, col, column: ANY_CELL },
          issueText('bankXlsx.formulaElsewhere')
        )
    })
  )
}

/** Assembles the bank object as plain JSON, recording where each part came from. */
function assemble(context: ReadContext): Record<string, unknown> {
  const bank = readSettings(context)
  const anchors = readAnchors(context)
  if (anchors !== undefined) bank.maturityAnchors = anchors
  bank.references = readReferences(context)
  const { pillars, sections } = readStructure(context)
  bank.pillars = pillars
  const questions = readQuestions(context, sections)
  readChoices(context, questions)
  bank.factors = readFactors(context)
  bank.consistencyRules = readRules(context)
  const pillarIds = new Set(pillars.map((p) => String((p as { id?: unknown }).id)))
  bank.profiles = readProfiles(context, { pillars: pillarIds, sections: new Set(sections.keys()) })
  for (const [key, sheet] of Object.entries(TOP_LEVEL_SHEETS)) context.map.set(key, sheetRef(sheet))
  return bank
}

/**
 * Reads an authoring workbook written by {@link bankToWorkbook} or {@link writeBankTemplate} (or
 * edited by an audit team) and validates it with the bank's own `parseBank`. Every problem is a
 * ValidationIssue whose path names the cell — `questions!H12 (weight)` — with the reason; problems
 * found by `parseBank` are mapped back to the cell the offending value came from. Formula cells
 * are refused. The workbook gate (shared/xlsx/load.ts) runs first: a zip bomb, macros or huge
 * ranges are refused before exceljs sees the bytes. Never throws for a bad file.
 */
export async function workbookToBank(bytes: Uint8Array | ArrayBuffer): Promise<ParseResult<Bank>> {
  const loaded = await loadWorkbook(bytes)
  if (!loaded.ok) return loaded
  const workbook = loaded.value
  const issues = new IssueList()
  const tables = readTables(workbook, issues)
  const context: ReadContext = { tables, issues, map: new CellMap() }
  const raw = assemble(context)
  const parsed = parseBank(raw)
  if (!parsed.ok && issues.incomplete) {
    issues.workbook(issueText('bankXlsx.incomplete'))
  } else if (!parsed.ok) addMappedIssues(context.map, parsed.issues, issues)
  if (issues.count > 0) return { ok: false, issues: issues.issues }
  if (!parsed.ok) return { ok: false, issues: parsed.issues }
  return parsed
}
