import type { Locale } from '../bank/primitives'

/** The fixed texts of the workbook's period-comparison sheet (上期对比), in both languages. */
export interface ComparisonLabels {
  sheet: string
  title: string
  /** `{previous}` and `{current}`: the two periods (`2025-01-01 至 2025-06-30`). */
  periods: string
  periodJoin: string
  note: string
  headers: {
    kind: string
    id: string
    name: string
    previous: string
    current: string
    delta: string
  }
  kinds: {
    overall: string
    level: string
    factorIndex: string
    pillar: string
    section: string
    factor: string
  }
  /** The per-system factors' values, one row per key system with a value in either period. */
  systemValues: { title: string; factor: string; system: string; name: string }
  findings: string
  findingHeaders: { what: string; count: string; ids: string }
  findingKinds: {
    opened: string
    closed: string
    repeated: string
    carried: string
    removed: string
  }
  /** Across a bank upgrade (`{current}`, `{previous}`: versions; `{moved}` … counts). */
  mapping: string
  /** A question or node only one version has (`{version}`). */
  removed: string
  added: string
  onlyPrevious: string
  onlyCurrent: string
  answers: string
  answerHeaders: {
    id: string
    question: string
    previousAnswer: string
    currentAnswer: string
    previous: string
    current: string
    delta: string
  }
  noAnswers: string
  na: string
}

const ZH_CN: ComparisonLabels = {
  sheet: '上期对比',
  title: '期间对比',
  periods: '上期 {previous} → 本期 {current}',
  periodJoin: ' 至 ',
  note: '“本期”列为公式，取自本工作簿“总览”和“评价要素”工作表；“上期”为上期评估的得分；“变化”= 本期 − 上期。',
  headers: {
    kind: '层级',
    id: '编号',
    name: '名称',
    previous: '上期',
    current: '本期',
    delta: '变化'
  },
  kinds: {
    overall: '总分',
    level: '等级',
    factorIndex: '要素指数',
    pillar: '支柱',
    section: '章节/过程',
    factor: '评价要素'
  },
  systemValues: {
    title: '各关键系统的评价要素值（按系统计量的要素）',
    factor: '评价要素',
    system: '系统编号',
    name: '系统名称'
  },
  findings: '问题变化',
  findingHeaders: { what: '类别', count: '数量', ids: '问题编号' },
  findingKinds: {
    opened: '新增',
    closed: '消除',
    repeated: '重复问题',
    carried: '上期结转',
    removed: '所在题目已删除'
  },
  mapping:
    '本期题库 {current}，上期 {previous}：已按题库升级映射对比（迁移 {moved} 题，删除 {removed} 题，新增 {added} 题）；迁移的题目新旧编号同列一行，只有一个版本有的项目不计变化。',
  removed: '已删除 · 仅上期题库 {version}',
  added: '新增 · 仅本期题库 {version}',
  onlyPrevious: '仅上期题库有',
  onlyCurrent: '仅本期题库有',
  answers: '答案变化',
  answerHeaders: {
    id: '题号',
    question: '题目',
    previousAnswer: '上期答案',
    currentAnswer: '本期答案',
    previous: '上期得分',
    current: '本期得分',
    delta: '变化'
  },
  noAnswers: '两期答案相同。',
  na: '不适用'
}

const EN_US: ComparisonLabels = {
  sheet: 'Comparison',
  title: 'Period comparison',
  periods: 'Previous {previous} → current {current}',
  periodJoin: ' to ',
  note: 'The Current column is formulas over this workbook’s Summary and Evaluation factors sheets; Previous is the previous assessment’s score; Change = current − previous.',
  headers: {
    kind: 'Level',
    id: 'Id',
    name: 'Name',
    previous: 'Previous',
    current: 'Current',
    delta: 'Change'
  },
  kinds: {
    overall: 'Overall',
    level: 'Level',
    factorIndex: 'Factor index',
    pillar: 'Pillar',
    section: 'Section/process',
    factor: 'Evaluation factor'
  },
  systemValues: {
    title: 'Evaluation factor values per key system (factors measured per system)',
    factor: 'Factor',
    system: 'System id',
    name: 'System'
  },
  findings: 'Findings',
  findingHeaders: { what: 'Kind', count: 'Count', ids: 'Finding ids' },
  findingKinds: {
    opened: 'Opened',
    closed: 'Closed',
    repeated: 'Repeat findings',
    carried: 'Carried over',
    removed: 'On removed questions'
  },
  mapping:
    'This period’s bank is {current}, the previous one’s {previous}: compared through the bank upgrade mapping ({moved} questions moved, {removed} removed, {added} added); a moved question is one row with both ids, an item only one version has shows no change.',
  removed: 'Removed · only in the previous bank {version}',
  added: 'Added · only in the current bank {version}',
  onlyPrevious: 'Only in the previous bank',
  onlyCurrent: 'Only in the current bank',
  answers: 'Answers changed',
  answerHeaders: {
    id: 'Question',
    question: 'Text',
    previousAnswer: 'Previous answer',
    currentAnswer: 'Current answer',
    previous: 'Previous score',
    current: 'Current score',
    delta: 'Change'
  },
  noAnswers: 'The answers are the same in both periods.',
  na: 'N/A'
}

export function comparisonLabels(locale: Locale): ComparisonLabels {
  return locale === 'en-US' ? EN_US : ZH_CN
}
