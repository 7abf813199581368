/** The instructions sheet: the prose blocks, then every sheet and column with its explanation. */
import type ExcelJS from 'exceljs'
import { instructionRows } from '../xlsx/sheet-parts'
import { INSTRUCTION_BLOCKS } from './instructions-text'
import { DATA_SHEETS, INSTRUCTIONS_SHEET } from './sheets'

/** Adds the bilingual instructions sheet, generated from the same specs the importer uses. */
export function writeInstructionsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }]
  })
  sheet.columns = [{ width: 18 }, { width: 26 }, { width: 10 }, { width: 64 }, { width: 64 }]
  const add = instructionRows(sheet)

  add(['题库工作簿说明', 'Bank workbook instructions'], 'title')
  for (const block of INSTRUCTION_BLOCKS) {
    add([block.heading], 'heading')
    for (const [zh, en] of block.lines) add([undefined, undefined, undefined, zh, en], 'body')
  }
  add(['工作表与列 Sheets and columns'], 'heading')
  add(['工作表 sheet', '列 column', '必填 required', '说明', 'Description'], 'heading')
  for (const spec of DATA_SHEETS) {
    const required = spec.required ? '必需 required' : '可选 optional'
    add([spec.name, undefined, required, spec.zh, spec.en], 'heading')
    for (const column of spec.columns) {
      const values = column.list ? `\n${column.list.join(' | ')}` : ''
      add(
        [
          spec.name,
          column.name,
          column.required === true ? 'yes' : undefined,
          column.zh + values,
          column.en + values
        ],
        'body'
      )
    }
  }
}
