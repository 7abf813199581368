/**
 * The instructions sheet, in both languages whatever the form's language: what the file is, how to
 * fill it, what must not change, and every column of every sheet (generated from the same specs
 * the importer reads with). docs/questionnaire-excel.md says the same at length.
 */
import type ExcelJS from 'exceljs'
import type { Assessment } from '../assessment/assessment'
import { instructionRows } from '../xlsx/sheet-parts'
import { INSTRUCTIONS_SHEET, SYSTEMS_SHEET, type FormSheetSpec } from './sheets'

/**
 * Every sheet of a form and each of its columns as rows of an instructions sheet (name, column,
 * zh, en), the columns to fill in marked so; the feedback workbook lists its sheets the same way.
 */
export function addSheetColumns(
  add: ReturnType<typeof instructionRows>,
  sheets: readonly FormSheetSpec[]
): void {
  for (const spec of sheets) {
    add([spec.name, undefined, spec.zh, spec.en], 'heading')
    for (const column of spec.columns) {
      const zhMark = column.editable === true ? '【填写】' : ''
      const enMark = column.editable === true ? '[fill in] ' : ''
      add([spec.name, column.name, zhMark + column.zh, enMark + column.en], 'body')
    }
  }
}

interface Block {
  heading: string
  lines: Array<[zh: string, en: string]>
}

function blocks(assessment: Assessment, withSystems: boolean): Block[] {
  const who = assessment.metadata.institution
  const period = `${assessment.metadata.period.start} – ${assessment.metadata.period.end}`
  return [
    {
      heading: '这是什么 What this is',
      lines: [
        [
          `这是由“稳定性保障评估工具”导出的问卷填写表，对应评估：${who}（${period}）。供没有安装本工具的人员填写。填好后请把文件交回导出人，由其在工具中“导入问卷”。`,
          `This fill-in form was exported by Stability Assessor for the assessment of ${who} (${period}), for people who do not have the app. When done, return the file to whoever sent it; they import it back into the app ("Import questionnaire").`
        ],
        [
          '导入时，你改动过的内容会与工具中的评估逐题比对（合并视图），由负责人确认后写入；未改动的单元格不会覆盖工具中的内容。',
          'On import, what you changed is compared question by question with the assessment in the app (the merge view) and written after the lead confirms it; cells you leave as they are never overwrite the app.'
        ]
      ]
    },
    {
      heading: '如何填写 How to fill it in',
      lines: [
        [
          '只需填写黄色单元格：questions 表的 answer（答案）、na_justification（不适用理由）、comment（备注）、evidence（证据）；factors 表的 value（数值）和 comment（要素备注）。其他单元格已锁定。',
          'Fill in the yellow cells only: answer, na_justification, comment and evidence on the questions sheet; value and comment on the factors sheet. All other cells are locked.'
        ],
        [
          '答案可从下拉列表选择。成熟度：0 未建立 … 4 优化，只填前面的数字也可以（全角数字亦可）；是/部分/否；单选填选项名称；多选用“；”分隔多个选项；数值、百分比（0–100，85 表示 85%）和日期（YYYY-MM-DD）直接填写。中文或英文选项名都能识别。',
          'Pick answers from the dropdowns. Maturity: 0 Not in place … 4 Optimizing; the leading digit alone is enough (full-width digits too). Yes/partial/no. Single choice: the option name. Multiple choice: option names separated by ";". Numbers, percentages (0–100; 85 means 85%) and dates (YYYY-MM-DD) are typed. Chinese and English names are both understood.'
        ],
        [
          '不适用：仅 na_allowed 为“是”的题目可以在答案中填“不适用”（N/A），并须在 na_justification 列写明理由。',
          'Not applicable: only where na_allowed says yes, enter 不适用 (N/A) as the answer and give the reason in na_justification.'
        ],
        [
          'shown_when 列写有条件的题目只在条件成立时需要作答。证据列每行写一个文件或记录名称；以 [附件] 开头的行是工具中已上传的文件，无法在此添加或删除文件。清空答案单元格表示撤销该答案。',
          'A question with a shown_when condition needs an answer only when the condition holds. In the evidence column write one document or record name per line; lines starting with [file] are files uploaded in the app, which cannot be added or removed here. Clearing an answer cell withdraws that answer.'
        ],
        ...(withSystems ? SYSTEM_LINES : [])
      ]
    },
    {
      heading: '请勿修改 Do not change',
      lines: [
        [
          '不要修改题目编号（id）、要素和输入项编号，不要增删行、改工作表名称或列名；metadata 表用于核对评估和题库版本，不要改动。工作表已保护，没有密码；解除保护后也请遵守以上要求。',
          'Do not change question, factor or input ids, add or delete rows, or rename sheets or columns; the metadata sheet identifies the assessment and bank version and must stay as it is. The sheets are protected without a password; if you unprotect them, keep to these rules.'
        ],
        [
          '不要输入公式：含公式的单元格会被拒绝。以 = + - @ 开头的文字前面会显示一个单引号，这是为了防止被当作公式执行，导入时会自动去掉。',
          'Do not enter formulas: cells holding one are refused. Texts starting with = + - @ show a leading apostrophe that keeps them from running as formulas; the import removes it.'
        ],
        [
          '导入发现的问题会逐条列出单元格位置和原因，例如 questions!F12 (answer): "maybe" is not one of 是/部分/否；有问题的行不会导入，其余行照常导入。',
          'Problems found on import are listed with the cell and the reason, e.g. questions!F12 (answer): "maybe" is not one of 是/部分/否; a row with a problem is left out, the other rows are imported.'
        ]
      ]
    }
  ]
}

/** How to fill the systems and system_factors sheets; only in a form that has them. */
const SYSTEM_LINES: Array<[zh: string, en: string]> = [
  [
    'systems 表列出本次评估范围内的关键信息系统：可修改名称、类别（第一类 … 第五类，不确定可留空）、是否实时/交易时段系统和服务时段；在下方空行填写名称即可新增系统。删除系统请在工具中操作。',
    'The systems sheet lists the key information systems in scope: you may change a name, the class (Class 1 … Class 5; empty if not classified), whether it is a real-time / trading-hours system and its service window; write a name in an empty row below to add a system. Remove systems in the app.'
  ],
  [
    'system_factors 表是按系统填写的评价要素（例如每个系统的可用率输入项）：每个系统的每个输入项一行，在 value 列填写数值。新增的系统没有对应行，导入后请在工具中补填其数值。',
    "The system_factors sheet holds the factors entered per key system (e.g. each system's availability inputs): one row per system and input; enter the number in value. A system you add has no rows there yet; enter its figures in the app after the import."
  ]
]

/** Adds the bilingual instructions sheet for the form's `sheets` (protected: reference text, not input). */
export async function writeInstructionsSheet(
  workbook: ExcelJS.Workbook,
  assessment: Assessment,
  sheets: readonly FormSheetSpec[]
): Promise<void> {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0
    }
  })
  sheet.columns = [{ width: 16 }, { width: 20 }, { width: 64 }, { width: 64 }]
  const add = instructionRows(sheet)
  add(['问卷填写说明', 'Questionnaire form: instructions'], 'title')
  const withSystems = sheets.some((spec) => spec.name === SYSTEMS_SHEET)
  for (const block of blocks(assessment, withSystems)) {
    add([block.heading], 'heading')
    for (const [zh, en] of block.lines) add([undefined, undefined, zh, en], 'body')
  }
  add(['工作表与列 Sheets and columns'], 'heading')
  add(['工作表 sheet', '列 column', '说明', 'Description'], 'heading')
  addSheetColumns(add, sheets)
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true
  })
}
