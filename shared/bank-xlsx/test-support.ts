/** Helpers for the workbook tests: open written bytes with exceljs, change cells, write bytes again. */
import ExcelJS from 'exceljs'
import type { Bank, BankInput } from '../bank/bank'
import { parseBank } from '../bank/index'
import { toBytes } from './bank-to-workbook'

/** Parses a fixture, failing loudly when the fixture itself is invalid. */
export function parsedBank(input: BankInput): Bank {
  const parsed = parseBank(input)
  if (!parsed.ok) throw new Error(`fixture is invalid: ${JSON.stringify(parsed.issues)}`)
  return parsed.value
}

/** Loads workbook bytes with exceljs. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

/** Writes a workbook back to bytes. */
export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return toBytes(buffer as ArrayBuffer)
}

/** Opens `bytes`, lets `change` edit the workbook, and returns the re-written bytes. */
export async function mutate(
  bytes: Uint8Array,
  change: (workbook: ExcelJS.Workbook) => void
): Promise<Uint8Array> {
  const workbook = await openWorkbook(bytes)
  change(workbook)
  return saveWorkbook(workbook)
}

/** The named sheet; throws when it is missing. */
export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name)
  if (sheet === undefined) throw new Error(`no sheet ${name}`)
  return sheet
}

/** 1-based index of the column whose header is `name`. */
export function columnOf(sheet: ExcelJS.Worksheet, name: string): number {
  let found = 0
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === name) found = col
  })
  if (found === 0) throw new Error(`no column ${name} in ${sheet.name}`)
  return found
}

/** Row number of the first row whose `column` cell equals `value`. */
export function rowWhere(sheet: ExcelJS.Worksheet, column: string, value: string): number {
  const col = columnOf(sheet, column)
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, col).value === value) return r
  throw new Error(`no row with ${column} = ${value} in ${sheet.name}`)
}

/** Sets the cell at (row where `key` = `keyValue`, `column`) of `sheet`; returns its address. */
export function setCell(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  where: [key: string, keyValue: string],
  column: string,
  value: ExcelJS.CellValue
): string {
  const sheet = sheetOf(workbook, sheetName)
  const cell = sheet.getCell(rowWhere(sheet, where[0], where[1]), columnOf(sheet, column))
  cell.value = value
  return cell.address
}

/** Every cell of every sheet, for whole-workbook assertions. */
export function everyCell(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = []
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push(cell)
      })
    )
  return cells
}
