/**
 * The sheets and columns of the questionnaire form. The writer (headers, notes, widths, which cells
 * are editable), the reader (header check, column lookup) and the instructions sheet all use these
 * specs, in the same shape as the bank workbook's (shared/bank-xlsx), so the same reader runs them.
 */
import type { ColumnSpec, SheetSpec } from '../bank-xlsx/index'

/** Written into the metadata sheet; a workbook without it is not a form of this app. */
export const FORM_KIND = 'stability-assessor/questionnaire'
/** The form layout version this code writes and reads. */
export const FORM_VERSION = 1

export const INSTRUCTIONS_SHEET = 'instructions'
export const METADATA_SHEET = 'metadata'
export const QUESTIONS_SHEET = 'questions'
export const FACTORS_SHEET = 'factors'
export const SYSTEMS_SHEET = 'systems'
export const SYSTEM_FACTORS_SHEET = 'system_factors'
/** Hidden sheet holding the dropdown lists (labels may contain commas, so lists live in cells). */
export const LISTS_SHEET = 'lists'

/** A column the person filling the form may edit (the cells are unlocked and tinted). */
export interface FormColumn extends ColumnSpec {
  editable?: boolean
  /** Hidden from view (the row's baseline fingerprints). */
  hidden?: boolean
  width?: number
}

export interface FormSheetSpec extends SheetSpec {
  columns: FormColumn[]
}

/** A column of a form sheet (the feedback workbook's too). */
export function formColumn(
  name: string,
  kind: FormColumn['kind'],
  zh: string,
  en: string,
  extra: Partial<FormColumn> = {}
): FormColumn {
  return { name, kind, zh, en, ...extra }
}
const col = formColumn

const BASELINE = col(
  'baseline',
  'code',
  '导出时的内容指纹（隐藏列，请勿修改）：只导入你改过的单元格',
  'Fingerprints of the exported content (hidden; do not edit): only cells you changed are imported',
  { hidden: true }
)

export const questionsSheet: FormSheetSpec = {
  name: QUESTIONS_SHEET,
  zh: '题目：每题一行，填写黄色单元格',
  en: 'Questions: one row per question; fill in the yellow cells',
  required: true,
  frozenColumns: 3,
  columns: [
    col('pillar', 'id', '支柱编号', 'Pillar id', { width: 8 }),
    col('section', 'id', '章节/流程编号', 'Section or process id', { width: 9 }),
    col('id', 'id', '题目编号（请勿修改）', 'Question id (do not change)', {
      required: true,
      width: 10
    }),
    col(
      'question',
      'long',
      '题目（另一语言见批注）',
      'Question (the other language is in the note)',
      {
        width: 50
      }
    ),
    col('type', 'text', '题型', 'Question type', { width: 14 }),
    col(
      'answer',
      'text',
      '答案：从下拉列表选择或按 how_to_answer 列填写；不适用填“不适用”',
      'Answer: pick from the dropdown or type as how_to_answer says; "N/A" for not applicable',
      { required: true, editable: true, width: 22 }
    ),
    col(
      'na_justification',
      'long',
      '不适用理由（答案为“不适用”时必填）',
      'Why not applicable (required when the answer is N/A)',
      { editable: true, width: 30 }
    ),
    col('comment', 'long', '备注', 'Comment', { editable: true, width: 36 }),
    col(
      'evidence',
      'long',
      '证据：文件或记录名称，每行一个（[附件] 开头的是已上传的文件）',
      'Evidence: document or record names, one per line ([file] lines are uploaded files)',
      { editable: true, width: 36 }
    ),
    col(
      'how_to_answer',
      'long',
      '如何作答：可选答案、成熟度分级描述、单位和范围',
      'How to answer: the choices, the maturity level descriptions, unit and range',
      { width: 48 }
    ),
    col('na_allowed', 'text', '是否允许“不适用”', 'Whether N/A is allowed', { width: 10 }),
    col(
      'shown_when',
      'text',
      '跳题逻辑：仅在条件成立时作答',
      'Skip logic: answer only when the condition holds',
      { width: 24 }
    ),
    col(
      'guidance',
      'long',
      '评估指引（另一语言见批注）',
      'Guidance (the other language is in the note)',
      {
        width: 48
      }
    ),
    col('section_title', 'text', '章节/流程名称', 'Section or process title', { width: 24 }),
    BASELINE
  ]
}

/** Column widths of a factor-input table (the per-system one is narrower: it has two more). */
type FactorWidths = Record<
  'factor' | 'factor_name' | 'input' | 'input_label' | 'unit' | 'value' | 'comment' | 'rules',
  number
>

/**
 * The columns of a factor-input table, one row per input: the factors sheet, and the
 * system_factors sheet, which puts its key-system columns between the factor and the input.
 */
function factorColumns(widths: FactorWidths, systemColumns: FormColumn[] = []): FormColumn[] {
  return [
    col('factor', 'id', '要素编号（请勿修改）', 'Factor id (do not change)', {
      required: true,
      width: widths.factor
    }),
    col('factor_name', 'text', '要素名称（定义见批注）', 'Factor name (definition in the note)', {
      width: widths.factor_name
    }),
    ...systemColumns,
    col('input', 'id', '输入项编号（请勿修改）', 'Input id (do not change)', {
      required: true,
      width: widths.input
    }),
    col('input_label', 'long', '输入项', 'Input', { width: widths.input_label }),
    col('unit', 'text', '单位', 'Unit', { width: widths.unit }),
    col('value', 'number', '数值', 'Value', {
      required: true,
      editable: true,
      width: widths.value
    }),
    col(
      'comment',
      'long',
      '要素备注（每个要素只在第一行填写）',
      "The factor's comment (on its first row only)",
      { editable: true, width: widths.comment }
    ),
    col(
      'rules',
      'long',
      '填写要求：整数、最小值、与其他输入项的关系',
      'Rules: whole number, minimum, relation to other inputs',
      { width: widths.rules }
    ),
    BASELINE
  ]
}

export const factorsSheet: FormSheetSpec = {
  name: FACTORS_SHEET,
  zh: '评价要素：每个输入项一行，填写黄色单元格',
  en: 'Evaluation factors: one row per input; fill in the yellow cells',
  required: false,
  frozenColumns: 3,
  columns: factorColumns({
    factor: 8,
    factor_name: 24,
    input: 16,
    input_label: 36,
    unit: 10,
    value: 14,
    comment: 36,
    rules: 30
  })
}

export const systemsSheet: FormSheetSpec = {
  name: SYSTEMS_SHEET,
  zh: '关键信息系统：每个系统一行；可修改黄色单元格，或在空行中新增系统',
  en: 'Key information systems: one row per system; edit the yellow cells or add a system in an empty row',
  required: false,
  frozenColumns: 2,
  columns: [
    col(
      'system',
      'id',
      '系统编号（请勿修改；新增系统留空）',
      'System id (do not change; empty for a new system)',
      {
        width: 10
      }
    ),
    col('name', 'text', '系统名称', 'System name', { editable: true, width: 28 }),
    col(
      'class',
      'text',
      '系统类别（证监会 2021 年办法：第一类 … 第五类；不确定可留空）',
      'Class under the CSRC 2021 measures (Class 1 … Class 5; empty if not classified)',
      { editable: true, width: 14 }
    ),
    col(
      'real_time',
      'text',
      '是否为实时/交易时段系统（是/否）',
      'Real-time / trading-hours system (yes/no)',
      { editable: true, width: 12 }
    ),
    col(
      'service_window',
      'text',
      '服务时段，例如 交易日 9:15–15:00 或 7×24',
      'Service window, e.g. trading days 9:15–15:00 or 7×24',
      { editable: true, width: 28 }
    ),
    BASELINE
  ]
}

export const systemFactorsSheet: FormSheetSpec = {
  name: SYSTEM_FACTORS_SHEET,
  zh: '按系统填写的评价要素：每个系统的每个输入项一行，填写黄色单元格',
  en: 'Factors entered per key system: one row per system and input; fill in the yellow cells',
  required: false,
  frozenColumns: 4,
  columns: factorColumns(
    {
      factor: 8,
      factor_name: 22,
      input: 14,
      input_label: 32,
      unit: 9,
      value: 12,
      comment: 30,
      rules: 26
    },
    [
      col('system', 'id', '系统编号（请勿修改）', 'System id (do not change)', {
        required: true,
        width: 9
      }),
      col('system_name', 'text', '系统名称', 'System name', { width: 20 })
    ]
  )
}

/** The metadata sheet's spec (shared/questionnaire-xlsx/metadata-sheet.ts): field, label, value. */
export function metadataSheetSpec(
  name: string,
  zh: string,
  en: string,
  valueWidth: number
): FormSheetSpec {
  return {
    name,
    zh,
    en,
    required: true,
    frozenColumns: 0,
    columns: [
      col('field', 'id', '字段', 'Field', { required: true, width: 20 }),
      col('label', 'text', '说明', 'Meaning', { width: 30 }),
      col('value', 'text', '值', 'Value', { required: true, width: valueWidth })
    ]
  }
}

export const metadataSheet = metadataSheetSpec(
  METADATA_SHEET,
  '表单信息（只读）：导入时核对评估和题库是否一致',
  'About this form (read-only): checked on import against the assessment and bank',
  70
)

/** The data sheets, in workbook order after the instructions sheet. */
export const FORM_SHEETS: readonly FormSheetSpec[] = [
  questionsSheet,
  factorsSheet,
  systemsSheet,
  systemFactorsSheet,
  metadataSheet
]

/** The 1-based column of `name` in a spec as written. */
export function columnIndex(spec: FormSheetSpec, name: string): number {
  const index = spec.columns.findIndex((column) => column.name === name)
  if (index < 0) throw new Error(`questionnaire-xlsx: no column ${name} in ${spec.name}`)
  return index + 1
}
