/**
 * The sheets and columns of the auditee's feedback workbook (事实确认): one row per finding of the
 * register, read-only facts on the left, the department's answer in the yellow cells on the right.
 * Same spec shape as the questionnaire form, so the same writer and sheet reader run it.
 */
import { formColumn, metadataSheetSpec, type FormSheetSpec } from '../questionnaire-xlsx/sheets'

/** Written into the metadata sheet; a workbook without it is not a feedback workbook of this app. */
export const FEEDBACK_KIND = 'stability-assessor/feedback'
/** The layout version this code writes and reads. */
export const FEEDBACK_VERSION = 1

export const FEEDBACK_INSTRUCTIONS_SHEET = 'instructions'
export const FEEDBACK_SHEET = 'feedback'
export const FEEDBACK_METADATA_SHEET = 'metadata'
export const FEEDBACK_LISTS_SHEET = 'lists'

const col = formColumn

/** The editable columns, in the order the baseline fingerprints them. */
export const FEEDBACK_FIELDS = [
  'response',
  'explanation',
  'plan',
  'planned_date',
  'answered_by'
] as const
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number]

export const feedbackSheet: FormSheetSpec = {
  name: FEEDBACK_SHEET,
  zh: '问题清单：每个问题一行，被评估单位填写黄色单元格',
  en: 'Findings: one row per finding; the assessed department fills in the yellow cells',
  required: true,
  frozenColumns: 2,
  columns: [
    col('no', 'id', '序号', 'No.', { width: 6 }),
    col('finding_id', 'id', '问题编号（请勿修改）', 'Finding id (do not change)', {
      required: true,
      width: 12
    }),
    col('pillar', 'id', '支柱', 'Pillar', { width: 8 }),
    col('section', 'id', '章节/流程', 'Section or process', { width: 9 }),
    col('finding', 'long', '问题描述', 'Finding', { width: 50 }),
    col('basis', 'long', '依据', 'Basis', { width: 28 }),
    col('risk', 'text', '风险等级', 'Risk level', { width: 9 }),
    col('recommendation', 'long', '整改建议', 'Recommendation', { width: 40 }),
    col('owner', 'text', '责任部门', 'Responsible department', { width: 16 }),
    col('due_date', 'text', '期限', 'Due date', { width: 12 }),
    col('status', 'text', '整改状态', 'Status', { width: 14 }),
    col(
      'response',
      'text',
      '被评估单位意见：同意 / 部分同意 / 不同意（从下拉列表选择）',
      'Your answer: agree / partly agree / disagree (pick from the dropdown)',
      { editable: true, width: 14 }
    ),
    col(
      'explanation',
      'long',
      '说明（部分同意或不同意时必填）',
      'Explanation (required when you partly agree or disagree)',
      { editable: true, width: 40 }
    ),
    col('plan', 'long', '整改计划', 'Remediation plan', { editable: true, width: 40 }),
    col(
      'planned_date',
      'text',
      '计划完成日期（YYYY-MM-DD）',
      'Planned completion date (YYYY-MM-DD)',
      { editable: true, width: 14 }
    ),
    col('answered_by', 'text', '反馈人（部门或姓名）', 'Answered by (department or name)', {
      editable: true,
      width: 18
    }),
    col(
      'baseline',
      'code',
      '导出时的内容指纹（隐藏列，请勿修改）：只导入你改过的行',
      'Fingerprint of the exported content (hidden; do not edit): only rows you changed are imported',
      { hidden: true }
    )
  ]
}

export const feedbackMetadataSheet = metadataSheetSpec(
  FEEDBACK_METADATA_SHEET,
  '表单信息（只读）：导入时核对评估是否一致',
  'About this workbook (read-only): checked on import against the assessment',
  60
)

export const FEEDBACK_SHEETS: readonly FormSheetSpec[] = [feedbackSheet, feedbackMetadataSheet]
