/** Sheets of the bank's content: settings, structure, questions, options, anchors, references. */
import { QUESTION_TYPES } from '../bank/question'
import { RED_LINE_CLASSES } from '../bank/primitives'
import { bool, choice, column, localized, type SheetSpec } from './sheet-spec'

export const SOURCE_TAGS = ['F', 'I', 'P'] as const
export const DIRECTIONS = ['higher', 'lower'] as const
const SOURCE_HELP_ZH = '来源：F 公开资料原文，I 据资料推断，P 题库作者提议'
const SOURCE_HELP_EN = 'Source: F found in a public source, I inferred, P proposed by the authors'

export const settingsSheet: SheetSpec = {
  name: 'settings',
  zh: '题库基本信息（只填第2行）',
  en: 'Bank identity (row 2 only)',
  required: true,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '题库编号', 'Bank id', true),
    column('version', 'id', '题库版本，如 1.0.0', 'Bank version, e.g. 1.0.0', true),
    column(
      'schema_version',
      'number',
      '题库格式版本（由程序填写，勿改）',
      'Bank format version (written by the app; do not change)',
      true
    ),
    ...localized('title', '题库名称', 'Title', { required: true }),
    ...localized('status', '状态说明，如“征求意见稿”', 'Status, e.g. "consultation draft"', {
      required: true
    }),
    ...localized('description', '题库说明', 'Description', { long: true }),
    column('published_at', 'text', '发布日期 YYYY-MM-DD', 'Publication date YYYY-MM-DD'),
    column(
      'default_profile',
      'id',
      '默认计分方案编号（profiles 表）',
      'Default scoring profile id (profiles sheet)',
      true
    )
  ]
}

export const pillarsSheet: SheetSpec = {
  name: 'pillars',
  zh: '保障体系（一级），按行序排列',
  en: 'Pillars (top level), in row order',
  required: true,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '体系编号，如 A', 'Pillar id, e.g. A', true),
    ...localized('title', '名称', 'Title', { required: true }),
    ...localized('description', '说明', 'Description', { long: true })
  ]
}

export const sectionsSheet: SheetSpec = {
  name: 'sections',
  zh: '章节或核心过程（二级），按行序排列',
  en: 'Sections or core processes (second level), in row order',
  required: true,
  frozenColumns: 2,
  columns: [
    column('pillar', 'id', '所属体系编号', 'Pillar id it belongs to', true),
    column('id', 'id', '章节编号，如 C3', 'Section id, e.g. C3', true),
    choice(
      'kind',
      ['section', 'process'],
      '类型：section 章节 / process 核心过程',
      'section or process'
    ),
    ...localized('title', '名称', 'Title', { required: true }),
    ...localized('description', '说明', 'Description', { long: true }),
    bool(
      'provisional',
      '暂定（尚未被标准公开文本确认）',
      'Provisional (not yet confirmed by public text)'
    ),
    choice('source', SOURCE_TAGS, SOURCE_HELP_ZH, SOURCE_HELP_EN)
  ]
}

const anchorColumns = [0, 1, 2, 3, 4].flatMap((level) =>
  localized(
    `anchor${level}`,
    `本题 ${level} 级成熟度描述（五级须全部填写或全部留空）`,
    `Level ${level} anchor for this question (fill all five levels or none)`,
    { long: true }
  )
)

export const questionsSheet: SheetSpec = {
  name: 'questions',
  zh: '题目，一行一题，按行序排列',
  en: 'Questions, one per row, in row order',
  required: true,
  frozenColumns: 2,
  columns: [
    column('section', 'id', '所属章节编号', 'Section id it belongs to', true),
    column('id', 'id', '题目编号，如 C3.02', 'Question id, e.g. C3.02', true),
    choice('type', QUESTION_TYPES, '题型（见说明页）', 'Question type (see instructions)'),
    ...localized('text', '题目', 'Question text', { required: true, long: true }),
    ...localized('guidance', '评估要点', 'Guidance for the assessor', { long: true }),
    column(
      'weight',
      'number',
      '权重：1 一般，2 重要，3 关键（默认 1）',
      'Weight: 1 normal, 2 important, 3 critical (default 1)'
    ),
    bool(
      'critical',
      '关键项（触发关键项上限规则），默认 no',
      'Critical item (critical-item gate), default no'
    ),
    bool('required', '必答，默认 yes', 'Answer required, default yes'),
    bool(
      'allow_na',
      '允许“不适用”（需写明理由），默认 no',
      'N/A allowed (needs a justification), default no'
    ),
    choice('source', SOURCE_TAGS, SOURCE_HELP_ZH, SOURCE_HELP_EN),
    column(
      'references',
      'code',
      '依据，如 CSRC-2023:第36条; JR-T-0099',
      'References, e.g. CSRC-2023:Art.36; JR-T-0099'
    ),
    column(
      'visible_when',
      'code',
      '显示条件，如 C7.01 >= 2 and A1.05 = yes',
      'Show only when, e.g. C7.01 >= 2 and A1.05 = yes'
    ),
    ...localized('unit', '单位（number 题）', 'Unit (number)'),
    column('min', 'number', '最小值（number 题）', 'Minimum (number)'),
    column('max', 'number', '最大值（number 题）', 'Maximum (number)'),
    bool('integer', '只允许整数（number 题），默认 no', 'Whole numbers only (number), default no'),
    bool('multiline', '多行文本（text 题），默认 yes', 'Multi-line answer (text), default yes'),
    choice(
      'scoring_direction',
      DIRECTIONS,
      '计分方向：higher 越高越好 / lower 越低越好（number、percentage 题）',
      'Scoring: higher or lower is better (number, percentage)',
      false
    ),
    column(
      'scoring_target',
      'number',
      '计分目标值（number、percentage 题）',
      'Scoring target (number, percentage)'
    ),
    column(
      'scoring_bands',
      'code',
      '分档，如 90: 100; 80: 60; *: 0（阈值: 得分）',
      'Bands, e.g. 90: 100; 80: 60; *: 0 (threshold: score)'
    ),
    column(
      'within_days',
      'number',
      '日期在期末前多少天内得 100 分（date 题）',
      'Scores 100 when within this many days before period end (date)'
    ),
    column('red_line', 'id', '红线编号（答案触发红线时）', 'Red line id (breached by the answer)'),
    column(
      'red_line_values',
      'code',
      '触发红线的答案，如 no 或 0, 1',
      'Answers that breach it, e.g. no or 0, 1'
    ),
    ...localized('red_line_message', '红线提示', 'Red-line message'),
    choice(
      'red_line_class',
      RED_LINE_CLASSES,
      '红线性质：regulatory 监管红线 / internal 内部红线；默认 regulatory',
      'Red line: regulatory or internal; default regulatory',
      false
    ),
    column(
      'replaces',
      'code',
      '取代的旧版本题目，如 A1.08 或 C6.06 (confirm) 或 C9.10 (level6 -> yes)',
      'Questions of an earlier version it replaces, e.g. A1.08, C6.06 (confirm), C9.10 (level6 -> yes)'
    ),
    ...anchorColumns,
    ...localized(
      'finding_description',
      '问题描述规范用语（未达标时用作问题清单的问题描述）',
      'Standard wording of the finding (used in the findings register when the item falls short)',
      { long: true }
    ),
    ...localized(
      'finding_recommendation',
      '整改建议规范用语',
      'Standard wording of the recommendation',
      { long: true }
    )
  ]
}

export const choicesSheet: SheetSpec = {
  name: 'choices',
  zh: '单选/多选题的选项，按行序排列',
  en: 'Options of singleChoice / multiChoice questions, in row order',
  required: false,
  frozenColumns: 2,
  columns: [
    column('question', 'id', '题目编号', 'Question id', true),
    column('id', 'id', '选项编号', 'Option id', true),
    ...localized('label', '选项文字', 'Label', { required: true }),
    column('score', 'number', '得分 0–100', 'Score 0–100', true),
    bool(
      'exclusive',
      '互斥（多选题中选中即清除其他项）',
      'Exclusive ("none of these" in multiChoice)'
    )
  ]
}

export const anchorsSheet: SheetSpec = {
  name: 'anchors',
  zh: '默认成熟度描述（0–4 级各一行）',
  en: 'Default maturity anchors (one row per level 0–4)',
  required: true,
  frozenColumns: 1,
  columns: [
    column('level', 'number', '级别 0–4', 'Level 0–4', true),
    ...localized('text', '描述', 'Anchor text', { required: true, long: true })
  ]
}

export const referencesSheet: SheetSpec = {
  name: 'references',
  zh: '法规与标准目录',
  en: 'Catalogue of regulations and standards',
  required: false,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '文件编号（依据列引用它）', 'Document id (used in references)', true),
    ...localized('title', '文件名称', 'Title', { required: true, long: true }),
    ...localized('status', '效力状态', 'Status'),
    column('url', 'text', '网址', 'URL')
  ]
}
