/**
 * The feedback workbook's instructions sheet, in both languages whatever the workbook's language:
 * what the file is, how to answer, what must not change, and every column (from the same specs the
 * importer reads with). docs/remediation.md says the same at length.
 */
import type ExcelJS from 'exceljs'
import type { Assessment } from '../assessment/assessment'
import { instructionRows } from '../xlsx/sheet-parts'
import { addSheetColumns } from '../questionnaire-xlsx/instructions'
import { FEEDBACK_INSTRUCTIONS_SHEET, FEEDBACK_SHEETS } from './sheets'

function lines(assessment: Assessment): Array<[zh: string, en: string]> {
  const who = assessment.metadata.institution
  const period = `${assessment.metadata.period.start} – ${assessment.metadata.period.end}`
  return [
    [
      `这是“稳定性保障评估工具”导出的问题清单反馈表（事实确认），对应评估：${who}（${period}）。请被评估部门逐项确认问题事实，填写意见、说明、整改计划和计划完成日期，填好后交回评估负责人导入。`,
      `This is the findings feedback workbook (confirmation of facts) exported by Stability Assessor for the assessment of ${who} (${period}). The assessed department confirms each finding: its answer, an explanation, the remediation plan and the planned completion date, then returns the file to the assessment lead, who imports it.`
    ],
    [
      '只需填写黄色单元格：response（同意 / 部分同意 / 不同意，从下拉列表选择）、explanation（说明，部分同意或不同意时必填）、plan（整改计划）、planned_date（计划完成日期，YYYY-MM-DD）、answered_by（反馈人）。',
      'Fill in the yellow cells only: response (agree / partly agree / disagree, from the dropdown), explanation (required when you partly agree or disagree), plan, planned_date (YYYY-MM-DD) and answered_by.'
    ],
    [
      '不要修改问题编号（finding_id），不要增删行、改工作表名称或列名，不要改动 metadata 表；不要输入公式。说明和整改计划每格最多 20000 个字符。',
      'Do not change finding ids, add or delete rows, rename sheets or columns, or edit the metadata sheet; do not enter formulas. An explanation or plan holds at most 20,000 characters.'
    ],
    [
      '导入时只读取你改动过的行；负责人在工具中逐项核对后才会写入。发现的问题会列出单元格位置和原因，有问题的行不会导入。',
      'Only rows you changed are read on import, and nothing is written before the lead has reviewed each one in the app. Problems are listed with the cell and the reason; a row with a problem is left out.'
    ]
  ]
}

/** Adds the bilingual instructions sheet (protected: reference text, not input). */
export async function writeFeedbackInstructions(
  workbook: ExcelJS.Workbook,
  assessment: Assessment
): Promise<void> {
  const sheet = workbook.addWorksheet(FEEDBACK_INSTRUCTIONS_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 }
  })
  sheet.columns = [{ width: 16 }, { width: 20 }, { width: 64 }, { width: 64 }]
  const add = instructionRows(sheet)
  add(['问题清单反馈表填写说明', 'Findings feedback workbook: instructions'], 'title')
  add(['如何填写 How to fill it in'], 'heading')
  for (const [zh, en] of lines(assessment)) add([undefined, undefined, zh, en], 'body')
  add(['工作表与列 Sheets and columns'], 'heading')
  addSheetColumns(add, FEEDBACK_SHEETS)
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true })
}
