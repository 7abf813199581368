/** A filled questionnaire form (.xlsx bytes) → the answers and factor values it changes. */
import { issueText, type IssueText } from '../util/issue-codes'
import type ExcelJS from 'exceljs'
import type { Answer, Assessment, FactorEntry, KeySystem } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { bankRef, sameBank } from '../bank/identity'
import { indexBank } from '../bank/lookup'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { wholeFileIssue } from '../util/validation'
import { FormIssues } from './form-issues'
import { readFormTables, type FormTable } from './form-tables'
import { readFactors, type FactorChange } from './read-factors'
import { readMetadata } from './metadata'
import type { FormInfo } from './metadata-sheet'
import { readQuestions, type AnswerChange } from './read-questions'
import { readSystemFactors } from './read-system-factors'
import { readSystems, type SystemChange } from './read-systems'
import {
  FORM_SHEETS,
  INSTRUCTIONS_SHEET,
  LISTS_SHEET,
  FACTORS_SHEET,
  METADATA_SHEET,
  QUESTIONS_SHEET,
  SYSTEM_FACTORS_SHEET,
  SYSTEMS_SHEET
} from './sheets'
import { loadWorkbook } from '../xlsx/load'

/** What a filled form changes, ready for the merge view. */
export interface QuestionnaireImport {
  /** One answer per question row the filler changed and that differs from the assessment now. */
  answers: Answer[]
  /**
   * One entry per factor with a changed input or comment (all its inputs, checked together); a
   * per-system factor's entry holds every system's inputs in `bySystem`.
   */
  factorEntries: FactorEntry[]
  /** The key systems after the form's changes (edited and added systems); absent when unchanged. */
  systems?: KeySystem[]
  /** Row-level problems, each at its cell (`questions!F12 (answer): why`); those rows are left out. */
  issues: ValidationIssue[]
  /** Where each change came from: the row and the fields taken from the form. */
  changes: { answers: AnswerChange[]; factors: FactorChange[]; systems: SystemChange[] }
  /** About the form: its language and export time (when recorded); rows read per sheet. */
  form: FormInfo & {
    questionRows: number
    factorRows: number
    systemRows: number
    systemFactorRows: number
  }
}

/** The workbook refused as a whole (not a workbook, unreadable), before any sheet is read. */
const refuse = (problem: IssueText, path = 'workbook'): ParseResult<QuestionnaireImport> => ({
  ok: false,
  issues: [wholeFileIssue(problem, path)]
})

/**
 * The per-system sheets are required when there is something to enter on them: a per-system
 * factor and a key system in scope (a form without systems is read as before).
 */
function neededForSystems(sheet: string, bank: Bank, assessment: Assessment): boolean {
  if (sheet !== SYSTEMS_SHEET && sheet !== SYSTEM_FACTORS_SHEET) return false
  return (
    assessment.metadata.systems.length > 0 &&
    bank.factors.some((factor) => factor.perSystem !== undefined)
  )
}

/** The form's sheets; the per-system ones and factors are needed only when there are such inputs. */
function readTables(
  workbook: ExcelJS.Workbook,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): Map<string, FormTable> {
  const tables = readFormTables(workbook, FORM_SHEETS, [INSTRUCTIONS_SHEET, LISTS_SHEET], issues)
  for (const spec of FORM_SHEETS) {
    const needed =
      spec.required ||
      (spec.name === FACTORS_SHEET && bank.factors.some((f) => f.perSystem === undefined))
    if ((needed || neededForSystems(spec.name, bank, assessment)) && !tables.has(spec.name))
      issues.add(spec.name, issueText('form.missingSheet'))
  }
  return tables
}

/**
 * Reads a filled questionnaire form written by {@link writeQuestionnaireWorkbook} against the
 * assessment as it stands now. The file is checked before it is parsed (size, zip structure, zip
 * bombs, macros, ranges that would stall the parser); then the metadata must name this assessment
 * and this exact bank, or the form is refused. Each question row is checked against its question:
 * answers in Chinese or English, with or without the maturity level's digit, full-width digits;
 * N/A only where allowed and with a justification; numbers within range; real dates; no formulas;
 * unknown, duplicated or changed ids. A row with a problem is reported at its cell and left out;
 * the others are read. A field is taken from the form only when the filler changed it and it
 * differs from the assessment now, so untouched cells never undo later work in the app.
 * `ok: false` (with every problem found) when the file itself, a sheet, a header or the metadata is
 * wrong. Never throws for a bad file.
 */
export async function readQuestionnaireWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  bank: Bank,
  assessment: Assessment
): Promise<ParseResult<QuestionnaireImport>> {
  if (!sameBank(assessment.bank, bankRef(bank)))
    return refuse(
      issueText('form.otherBankOfAssessment', {
        id: assessment.id,
        bank: assessment.bank.id,
        version: assessment.bank.version,
        otherBank: bank.id,
        otherVersion: bank.version
      }),
      'assessment'
    )
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const loaded = await loadWorkbook(view)
  if (!loaded.ok) return loaded
  const workbook = loaded.value
  const issues = new FormIssues()
  const tables = readTables(workbook, bank, assessment, issues)
  const metadata = tables.get(METADATA_SHEET)
  const info =
    metadata === undefined ? undefined : readMetadata(metadata.table, bank, assessment, issues)
  // A form for another assessment or bank is refused before its rows are looked at.
  if (issues.fatal || info === undefined) return { ok: false, issues: issues.all }
  const questions = tables.get(QUESTIONS_SHEET)
  const read =
    questions === undefined
      ? { answers: [], changes: [], rows: 0 }
      : readQuestions(questions.table, questions.sheet, indexBank(bank), assessment, issues)
  const factors = tables.get(FACTORS_SHEET)
  const factorRead =
    factors === undefined
      ? { factorEntries: [], changes: [], rows: 0 }
      : readFactors({ table: factors.table, bank, assessment, issues })
  const systemsTable = tables.get(SYSTEMS_SHEET)
  const systemsRead =
    systemsTable === undefined
      ? { changes: [], rows: 0 }
      : readSystems(systemsTable.table, assessment, issues)
  const systemFactors = tables.get(SYSTEM_FACTORS_SHEET)
  const systemFactorRead =
    systemFactors === undefined
      ? { factorEntries: [], changes: [], rows: 0 }
      : readSystemFactors({ table: systemFactors.table, bank, assessment, issues })
  if (issues.fatal) return { ok: false, issues: issues.all }
  return {
    ok: true,
    value: {
      answers: read.answers,
      factorEntries: [...factorRead.factorEntries, ...systemFactorRead.factorEntries],
      ...(systemsRead.systems === undefined ? {} : { systems: systemsRead.systems }),
      issues: issues.all,
      changes: {
        answers: read.changes,
        factors: [...factorRead.changes, ...systemFactorRead.changes],
        systems: systemsRead.changes
      },
      form: {
        ...info,
        questionRows: read.rows,
        factorRows: factorRead.rows,
        systemRows: systemsRead.rows,
        systemFactorRows: systemFactorRead.rows
      }
    }
  }
}
