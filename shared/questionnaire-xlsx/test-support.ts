/** Helpers for the form tests: the default bank, a sample assessment, and cell edits by question id. */
import type ExcelJS from 'exceljs'
import bankJson from '../../resources/banks/sac-stability-2025.json'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment } from '../assessment/assessment'
import type { Bank, BankInput } from '../bank/bank'
import { columnOf, parsedBank, sheetOf } from '../bank-xlsx/test-support'
import { generateSampleAssessment } from '../sample/index'
import type { ParseResult } from '../util/validation'
import type { QuestionnaireImport } from './read-workbook'
import { writeQuestionnaireWorkbook } from './write-workbook'

export { mutate, openWorkbook, saveWorkbook, sheetOf, columnOf } from '../bank-xlsx/test-support'

/** The shipped bank, optionally changed first (e.g. a number question made whole-number only). */
export function defaultBank(change?: (input: BankInput) => void): Bank {
  const input = JSON.parse(JSON.stringify(bankJson)) as BankInput
  change?.(input)
  return parsedBank(input)
}

/** The deterministic sample assessment of `bank`. */
export const sampleOf = (bank: Bank, seed = 1): Assessment =>
  generateSampleAssessment(bank, { seed })

/** `bank`'s sample and the fill-in form the app writes of it (zh-CN). */
export async function sampleWithForm(
  bank: Bank
): Promise<{ sample: Assessment; form: Uint8Array }> {
  const sample = sampleOf(bank)
  return { sample, form: await writeQuestionnaireWorkbook(bank, sample, { locale: 'zh-CN' }) }
}

/** An assessment of `bank` with no answers and no factor values. */
export function emptyAssessment(bank: Bank): Assessment {
  const sample = sampleOf(bank)
  return { ...sample, answers: [], factors: [], findings: [], auditLog: [] }
}

/** Row number of the row whose `key` column holds `value` (a question or factor id). */
export function rowOf(
  sheet: ExcelJS.Worksheet,
  key: string,
  value: string,
  second?: [string, string]
): number {
  const col = columnOf(sheet, key)
  const other = second === undefined ? 0 : columnOf(sheet, second[0])
  for (let r = 2; r <= sheet.rowCount; r++)
    if (
      sheet.getCell(r, col).value === value &&
      (second === undefined || sheet.getCell(r, other).value === second[1])
    )
      return r
  throw new Error(`no row with ${key} = ${value} in ${sheet.name}`)
}

/** Sets a cell of a question's row; returns its address (`F12`). */
export function setQuestion(
  workbook: ExcelJS.Workbook,
  id: string,
  column: string,
  value: ExcelJS.CellValue
): string {
  const sheet = sheetOf(workbook, 'questions')
  const cell = sheet.getCell(rowOf(sheet, 'id', id), columnOf(sheet, column))
  cell.value = value
  return cell.address
}

/** Sets the value (or comment) cell of a factor input's row; returns its address. */
export function setFactor(
  workbook: ExcelJS.Workbook,
  factor: string,
  input: string,
  value: ExcelJS.CellValue,
  column = 'value'
): string {
  const sheet = sheetOf(workbook, 'factors')
  const cell = sheet.getCell(
    rowOf(sheet, 'factor', factor, ['input', input]),
    columnOf(sheet, column)
  )
  cell.value = value
  return cell.address
}

/** The value of a successful read; fails the test with the issues otherwise. */
export function imported(result: ParseResult<QuestionnaireImport>): QuestionnaireImport {
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.issues, null, 1)}`)
  return result.value
}

/** The bank 1.1.0 shipped with the app (per-system factors F11 and F16). */
export function bank11(): Bank {
  return parsedBank(JSON.parse(JSON.stringify(bank11Json)) as BankInput)
}

/** Sets a cell of a per-system input's row on system_factors; returns its address. */
export function setSystemInput(
  workbook: ExcelJS.Workbook,
  key: { factor: string; system: string; input: string },
  value: ExcelJS.CellValue,
  column = 'value'
): string {
  const sheet = sheetOf(workbook, 'system_factors')
  const [f, s, i] = [columnOf(sheet, 'factor'), columnOf(sheet, 'system'), columnOf(sheet, 'input')]
  for (let r = 2; r <= sheet.rowCount; r++)
    if (
      sheet.getCell(r, f).value === key.factor &&
      sheet.getCell(r, s).value === key.system &&
      sheet.getCell(r, i).value === key.input
    ) {
      const cell = sheet.getCell(r, columnOf(sheet, column))
      cell.value = value
      return cell.address
    }
  throw new Error(`no system_factors row ${key.factor} ${key.system} ${key.input}`)
}

/** Sets a cell of a key system's row (by id, or the n-th empty row for a new one). */
export function setSystem(
  workbook: ExcelJS.Workbook,
  system: string | { newRow: number },
  column: string,
  value: ExcelJS.CellValue
): string {
  const sheet = sheetOf(workbook, 'systems')
  const row =
    typeof system === 'string'
      ? rowOf(sheet, 'system', system)
      : rowOf(sheet, 'baseline', 'new') + system.newRow
  const cell = sheet.getCell(row, columnOf(sheet, column))
  cell.value = value
  return cell.address
}
