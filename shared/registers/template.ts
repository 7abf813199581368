/**
 * The register template workbook (下载台账模板 / `ledger template`): an instructions sheet, then
 * one sheet per register kind with the zh-CN headers in row 1, dropdowns (data validation) on
 * every enumerated and 是/否 column, date-time formats on time columns, for the first rows a
 * register usually needs. Everything comes from the kinds table (kinds.ts).
 */
import ExcelJS from 'exceljs'
import { columnLetter } from '../xlsx/address'
import type { Bilingual, RegisterField } from './kinds'
import { REGISTER_KIND_TABLE, REGISTER_KINDS } from './kinds'

type Language = keyof Bilingual

/** Rows the dropdowns and formats cover (a register may hold more; they import the same). */
export const TEMPLATE_ROWS = 2000

const INSTRUCTIONS: Record<
  Language,
  { sheet: string; lines: string[]; columns: [string, string, string, string] }
> = {
  'zh-CN': {
    sheet: '填写说明',
    lines: [
      '稳定性保障评估工具 — 台账模板',
      '每种台账一个工作表：系统清单、故障台账、变更台账、演练台账、压测台账。不需要的工作表可以留空或删除。',
      '第 1 行是表头，请勿修改；从第 2 行起每行一条记录。也可导入贵司 ITSM 导出的 .xlsx 或 .csv（UTF-8 或 GB18030），列名不同时在导入时映射。',
      '时间填写为 2026-03-05 09:30（也接受 2026/3/5 9:30、2026年3月5日 9:30 等）；是/否 列也接受 Y/N、yes/no、TRUE/FALSE、1/0。',
      '只统计开始时间（或实施、演练、压测日期）在评估期内的记录；系统名称须与系统清单一致，否则该行不计入并注明原因。'
    ],
    columns: ['工作表', '列', '是否必填', '说明']
  },
  'en-US': {
    sheet: 'Instructions',
    lines: [
      'Stability Assessor — register template',
      'One sheet per register: systems, incidents, changes, drills, stress tests. Leave out or delete the sheets you do not need.',
      'Row 1 holds the headers (keep them); one record per row from row 2. Exports of your ITSM as .xlsx or .csv (UTF-8 or GB18030) import too; different column names are mapped on import.',
      'Write times as 2026-03-05 09:30 (2026/3/5 9:30 and 2026年3月5日 9:30 work too); yes/no columns take 是/否, Y/N, yes/no, TRUE/FALSE, 1/0.',
      'Only records whose start time (or implementation, drill or test date) falls in the assessment period count; a system must be named as in the systems register, else the row is excluded with the reason.'
    ],
    columns: ['Sheet', 'Column', 'Required', 'What to write']
  }
}

/**
 * exceljs keeps a sheet's validations in a model keyed by address and accepts a range as the key
 * (written as one sqref); its typings leave the collection out. One range per column instead of a
 * validation per cell: smaller, faster, and no overlapping ranges from exceljs's merging of cells.
 */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (
    sheet as unknown as {
      dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void }
    }
  ).dataValidations

function choicesOf(field: RegisterField): string[] | undefined {
  if (field.type === 'yesNo') return ['是', '否']
  return field.choices?.map((c) => c.label['zh-CN'])
}

function writeInstructions(workbook: ExcelJS.Workbook, language: Language): void {
  const text = INSTRUCTIONS[language]
  const sheet = workbook.addWorksheet(text.sheet)
  sheet.columns = [{ width: 14 }, { width: 26 }, { width: 10 }, { width: 70 }]
  text.lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 1, 1)
    cell.value = line
    if (index === 0) cell.font = { bold: true, size: 14 }
    else {
      // A long line reads wrapped across the table's width rather than cut at column A.
      sheet.mergeCells(index + 1, 1, index + 1, 4)
      cell.alignment = { wrapText: true, vertical: 'top' }
      sheet.getRow(index + 1).height = 32
    }
  })
  const top = text.lines.length + 2
  sheet.getRow(top).values = text.columns
  sheet.getRow(top).font = { bold: true }
  let row = top + 1
  const yes = language === 'zh-CN' ? '必填' : 'required'
  for (const id of REGISTER_KINDS) {
    const kind = REGISTER_KIND_TABLE[id]
    for (const field of kind.fields) {
      const choices = choicesOf(field)
      const help =
        choices === undefined
          ? field.help[language]
          : `${field.help[language]}（${choices.join('/')}）`
      sheet.getRow(row++).values = [
        kind.sheet['zh-CN'],
        `${field.header['zh-CN']} / ${field.header['en-US']}`,
        field.required ? yes : '',
        help
      ]
    }
  }
}

function writeRegisterSheet(
  workbook: ExcelJS.Workbook,
  id: (typeof REGISTER_KINDS)[number],
  language: Language
): void {
  const kind = REGISTER_KIND_TABLE[id]
  const sheet = workbook.addWorksheet(kind.sheet['zh-CN'], {
    views: [{ state: 'frozen', ySplit: 1 }]
  })
  sheet.columns = kind.fields.map((field) => ({
    header: field.header['zh-CN'],
    width: Math.max(12, field.header['zh-CN'].length * 2 + 4)
  }))
  const head = sheet.getRow(1)
  head.font = { bold: true }
  kind.fields.forEach((field, index) => {
    const cell = head.getCell(index + 1)
    cell.note = `${field.header['en-US']}: ${field.help[language]}`
    if (field.required)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } }
    const column = sheet.getColumn(index + 1)
    if (field.type === 'dateTime') column.numFmt = 'yyyy-mm-dd hh:mm'
    if (field.type === 'date') column.numFmt = 'yyyy-mm-dd'
    const choices = choicesOf(field)
    if (choices === undefined) return
    const letter = columnLetter(index + 1)
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: field.header['zh-CN'].slice(0, 32),
      error: (language === 'zh-CN' ? '请从下拉列表中选择：' : 'Pick one of: ') + choices.join('/')
    }
    validationsOf(sheet).add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validation)
  })
}

/** The template workbook's bytes. */
export async function registerTemplate(language: Language = 'zh-CN'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Stability Assessor'
  writeInstructions(workbook, language)
  for (const id of REGISTER_KINDS) writeRegisterSheet(workbook, id, language)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
