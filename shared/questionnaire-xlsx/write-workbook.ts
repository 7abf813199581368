/** Assessment → the questionnaire fill-in form (.xlsx bytes). */
import ExcelJS from 'exceljs'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { bankRef, sameBank } from '../bank/identity'
import type { Locale } from '../bank/primitives'
import { toBytes } from '../bank-xlsx/index'
import { writeFormSheet } from './form-writer'
import { writeInstructionsSheet } from './instructions'
import { DropdownLists } from './lists'
import { formMetadataRows } from './metadata'
import {
  factorsSheet,
  metadataSheet,
  questionsSheet,
  systemFactorsSheet,
  systemsSheet,
  type FormSheetSpec
} from './sheets'
import { factorRows } from './write-factors'
import { questionRows } from './write-questions'
import { formHasSystems, systemFactorRows, systemRows } from './write-systems'

export interface QuestionnaireWriteOptions {
  /** The language of the texts and dropdowns; the instructions are always in both. */
  locale: Locale
  /** Recorded in the metadata sheet; omitted by default so the same input gives the same file. */
  exportedAt?: string
}

/**
 * Writes an assessment's questionnaire as an .xlsx fill-in form for people without the app:
 * a bilingual instructions sheet; a questions sheet with one row per question of the bank in bank
 * order (ids, question text with the other language in a note, type, the current answer, an answer
 * cell with a dropdown or range check for its type, N/A justification, comment, evidence names, how
 * to answer with the maturity anchors, whether N/A is allowed, skip logic, guidance); a factors
 * sheet with one row per factor input (value with a numeric check, the rules it must meet); when
 * the assessment has key systems or the bank has per-system factors, a systems sheet (one row per
 * key system, class and real-time as dropdowns, empty rows for new systems) and a system_factors
 * sheet (one row per system and input of every per-system factor); and a
 * read-only metadata sheet naming the assessment and the exact bank. Sheets are protected without a
 * password so only the yellow cells can be edited. Every text is written as an inert string cell,
 * guarded against formula triggers; no cell holds a formula. Hidden baseline cells let
 * {@link readQuestionnaireWorkbook} tell what the filler changed.
 * Throws when `assessment` was not made with `bank` (a programming error, not a user one).
 */
export async function writeQuestionnaireWorkbook(
  bank: Bank,
  assessment: Assessment,
  options: QuestionnaireWriteOptions
): Promise<Uint8Array> {
  if (!sameBank(assessment.bank, bankRef(bank)))
    throw new Error(
      `questionnaire-xlsx: assessment ${assessment.id} was made with bank ${assessment.bank.id} ${assessment.bank.version}, not with this ${bank.id} ${bank.version}`
    )
  const { locale } = options
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Stability Assessor'
  const lists = new DropdownLists()
  const withSystems = formHasSystems(bank, assessment)
  const sheets: FormSheetSpec[] = withSystems
    ? [questionsSheet, factorsSheet, systemsSheet, systemFactorsSheet, metadataSheet]
    : [questionsSheet, factorsSheet, metadataSheet]
  await writeInstructionsSheet(workbook, assessment, sheets)
  await writeFormSheet(workbook, questionsSheet, questionRows(bank, assessment, locale, lists))
  await writeFormSheet(workbook, factorsSheet, factorRows(bank, assessment, locale))
  if (withSystems) {
    await writeFormSheet(workbook, systemsSheet, systemRows(assessment, locale, lists))
    await writeFormSheet(workbook, systemFactorsSheet, systemFactorRows(bank, assessment, locale))
  }
  await writeFormSheet(
    workbook,
    metadataSheet,
    formMetadataRows(bank, assessment, locale, options.exportedAt)
  )
  lists.write(workbook)
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return toBytes(buffer as ArrayBuffer | ArrayBufferView)
}
