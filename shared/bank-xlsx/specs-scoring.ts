/** Sheets of factors (with their inputs, terms, bands and red lines) and of consistency rules. */
import { BAND_GRADES, SYSTEM_COMBINE_RULES, SYSTEM_SELECTIONS } from '../bank/factor'
import { RED_LINE_CLASSES } from '../bank/primitives'
import { bool, choice, column, localized, type SheetSpec } from './sheet-spec'
import { DIRECTIONS, SOURCE_TAGS } from './specs-content'

export const FORMULA_KINDS = [
  'ratio',
  'complementRatio',
  'meanDuration',
  'meanOfRatios',
  'minOfRatios',
  'expression'
] as const
export const COMPARISON_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const
export const RULE_KINDS = ['evidenceForHighMaturity', 'condition', 'compare'] as const
const OPS_HELP_ZH = '比较：eq 等于, ne 不等于, gt 大于, gte 大于等于, lt 小于, lte 小于等于'
const OPS_HELP_EN = 'Comparison: eq, ne, gt, gte, lt, lte'

export const factorsSheet: SheetSpec = {
  name: 'factors',
  zh: '稳定性评价要素',
  en: 'Stability evaluation factors',
  required: false,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '要素编号，如 F10', 'Factor id, e.g. F10', true),
    ...localized('name', '名称', 'Name', { required: true }),
    ...localized('definition', '定义与口径', 'Definition and scope', {
      required: true,
      long: true
    }),
    choice(
      'formula_kind',
      FORMULA_KINDS,
      '公式类型（见说明页）',
      'Formula kind (see instructions)'
    ),
    column(
      'formula',
      'code',
      '公式：ratio “a / b”；complementRatio “1 - a / b”；meanDuration “总时长 / 次数”；expression 表达式；meanOfRatios/minOfRatios 留空（见 factor_terms）',
      'Formula: ratio "a / b"; complementRatio "1 - a / b"; meanDuration "total / count"; expression text; empty for meanOfRatios/minOfRatios (see factor_terms)'
    ),
    column(
      'constraints',
      'code',
      '录入校验，如 found <= total',
      'Entry checks, e.g. found <= total'
    ),
    choice(
      'display',
      ['percent', 'minutes', 'multiple', 'number'],
      '显示：百分比/分钟/倍数/数值',
      'Display: percent, minutes, multiple, number'
    ),
    column('decimals', 'number', '小数位 0–6，默认 2', 'Decimals 0–6, default 2'),
    choice(
      'direction',
      DIRECTIONS,
      'higher 越高越好 / lower 越低越好',
      'higher or lower is better'
    ),
    column('target', 'number', '目标值', 'Target value', true),
    ...localized('target_label', '目标说明', 'Target label'),
    column('feeds', 'id', '计入的章节/过程编号', 'Section/process id it feeds', true),
    column(
      'weight',
      'number',
      '在所计入章节的各要素之间的相对权重，默认 1（章节中要素的总占比见 profile_weights 的 factorShare）',
      "Relative weight among the factors of its section, default 1 (the factors' share of the section is factorShare in profile_weights)"
    ),
    choice(
      'per_system',
      SYSTEM_SELECTIONS,
      '按关键系统分别录入：all 全部关键系统 / realTime 实时交易类系统；留空表示全机构录入一次',
      'Entered per key system: all, or realTime systems only; empty = entered once for the firm',
      false
    ),
    choice(
      'combine',
      SYSTEM_COMBINE_RULES,
      '各系统值的合并方式（per_system 时必填）：min 最低 / max 最高 / classWeightedMin 按系统类别加权的最低 / sum 合计 / mean 平均',
      'How system values combine (with per_system): min, max, classWeightedMin, sum, mean',
      false
    ),
    column(
      'class_weights',
      'code',
      'classWeightedMin：第一类至第五类系统的权重，五个数，如 0.2, 0.4, 0.6, 0.8, 1',
      'classWeightedMin: weights of classes 1 to 5, five numbers, e.g. 0.2, 0.4, 0.6, 0.8, 1'
    ),
    column(
      'min_n',
      'number',
      '小样本规则（ratio 要素）：分母小于此数时标注“小样本”',
      'Small-sample rule (ratio factors): below this denominator the result says "small sample"'
    ),
    column(
      'miss_bands',
      'code',
      '小样本时按缺失数分档：A、B、C、D 档允许的最多缺失数，四个数，如 0, 1, 2, 3',
      'Small sample banded by misses: most misses allowed for A, B, C, D, four numbers, e.g. 0, 1, 2, 3'
    ),
    column(
      'replaces',
      'code',
      '取代的旧版本要素，如 F05 (confirm, N_fault -> N_fault_rt)',
      'Factors of an earlier version it replaces, e.g. F05 (confirm, N_fault -> N_fault_rt)'
    ),
    choice('source', SOURCE_TAGS, '来源 F/I/P', 'Source F/I/P'),
    column('references', 'code', '依据，如 CSRC-2023:第36条', 'References, e.g. CSRC-2023:Art.36'),
    ...localized('basis', '公式、目标与分档的依据', 'Why the formula, target and bands', {
      long: true
    })
  ]
}

export const factorInputsSheet: SheetSpec = {
  name: 'factor_inputs',
  zh: '要素的录入项，按行序排列',
  en: 'Numbers entered for each factor, in row order',
  required: false,
  frozenColumns: 2,
  columns: [
    column('factor', 'id', '要素编号', 'Factor id', true),
    column('id', 'id', '录入项编号（公式中引用）', 'Input id (used in the formula)', true),
    ...localized('label', '名称', 'Label', { required: true }),
    ...localized('unit', '单位，如 次、分钟', 'Unit, e.g. times, min', { required: true }),
    bool('integer', '只允许整数，默认 no', 'Whole numbers only, default no'),
    column('min', 'number', '最小值，默认 0', 'Minimum, default 0'),
    column('max', 'number', '最大值', 'Maximum'),
    ...localized('description', '说明', 'Description', { long: true })
  ]
}

export const factorTermsSheet: SheetSpec = {
  name: 'factor_terms',
  zh: 'meanOfRatios / minOfRatios 要素的比率项，按行序排列',
  en: 'Ratio terms of meanOfRatios / minOfRatios factors, in row order',
  required: false,
  frozenColumns: 1,
  columns: [
    column('factor', 'id', '要素编号', 'Factor id', true),
    column('numerator', 'id', '分子录入项', 'Numerator input id', true),
    column('denominator', 'id', '分母录入项', 'Denominator input id', true),
    column(
      'divisor',
      'number',
      '要求倍数（如“容量≥3倍峰值”填 3）',
      'Required multiple (3 for "capacity ≥ 3× peak")'
    ),
    ...localized('label', '比率项名称', 'Term label')
  ]
}

export const bandsSheet: SheetSpec = {
  name: 'bands',
  zh: '要素分档 A–E（每个要素五行）',
  en: 'Factor bands A–E (five rows per factor)',
  required: false,
  frozenColumns: 2,
  columns: [
    column('factor', 'id', '要素编号', 'Factor id', true),
    choice('grade', BAND_GRADES, '档位', 'Grade'),
    column(
      'threshold',
      'number',
      '阈值（E 档留空表示兜底）',
      'Threshold (empty = catch-all, for E)'
    ),
    column('score', 'number', '得分 0–100', 'Score 0–100', true)
  ]
}

export const redLinesSheet: SheetSpec = {
  name: 'red_lines',
  zh: '要素红线',
  en: 'Factor red lines',
  required: false,
  frozenColumns: 2,
  columns: [
    column('factor', 'id', '要素编号', 'Factor id', true),
    column('id', 'id', '红线编号', 'Red line id', true),
    choice(
      'class',
      RED_LINE_CLASSES,
      '红线性质：regulatory 监管红线（有公开依据，触发后封顶评级）/ internal 内部红线（仅提示）；默认 regulatory',
      'regulatory (sourced; caps the level) or internal (reported only); default regulatory',
      false
    ),
    column(
      'input',
      'id',
      '检验某个录入项而非要素值时填录入项编号',
      'Test this input instead of the factor value'
    ),
    choice(
      'op',
      COMPARISON_OPS,
      `触发条件：要素值（或录入项）op value。${OPS_HELP_ZH}`,
      `Breached when value (or the input) op threshold. ${OPS_HELP_EN}`
    ),
    column('value', 'number', '比较值', 'Threshold value', true),
    ...localized('message', '提示', 'Message', { required: true })
  ]
}

export const rulesSheet: SheetSpec = {
  name: 'rules',
  zh: '一致性校验规则（只提示，不阻止录入）',
  en: 'Consistency rules (warnings only)',
  required: false,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '规则编号', 'Rule id', true),
    choice('kind', RULE_KINDS, '规则类型（见说明页）', 'Rule kind (see instructions)'),
    column(
      'min_level',
      'number',
      'evidenceForHighMaturity：达到此级别须有证据',
      'evidenceForHighMaturity: level from which evidence is needed'
    ),
    column(
      'when',
      'code',
      'condition：条件（与 visible_when 语法相同）',
      'condition: when (same syntax as visible_when)'
    ),
    column(
      'questions',
      'code',
      'condition：提示显示在这些题目上，如 C1.01, C1.02',
      'condition: questions to warn on, e.g. C1.01, C1.02'
    ),
    column(
      'left',
      'code',
      'compare：左值（题目编号、要素:录入项 或数字）',
      'compare: left (question id, factor:input or number)'
    ),
    choice('op', COMPARISON_OPS, `compare：${OPS_HELP_ZH}`, `compare: ${OPS_HELP_EN}`, false),
    column('right', 'code', 'compare：右值', 'compare: right'),
    ...localized('message', '提示', 'Message', { required: true })
  ]
}
