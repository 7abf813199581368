/** Messages of the period comparison screen (上期对比). */
export const zhCN = {
  title: '$t(workspace.nav.comparison)',
  intro:
    '将本期与同一机构的另一期评估（同一题库版本）逐项对比：总分、支柱、章节/过程和评价要素的得分变化，问题的新增、消除、重复和结转，以及改变了的答案。变化 = 本期 − 上期。',
  previous: '对比的期间',
  previousOption: '{{start}} 至 {{end}}',
  statusDraft: '草稿',
  statusInReview: '复核中',
  statusFinalized: '已定稿',
  trashed: '回收站',
  noCandidates: '本机没有该机构使用同一题库版本的其他期评估。',
  otherBank: '另有 {{count}} 期评估使用其他题库版本；跨题库版本的对比尚不支持。',
  previousMissing: '所选期间的评估或其题库已不在本机。',
  periods: '上期 {{previous}} → 本期 {{current}}',
  overall: '总体得分',
  factorIndex: '稳定性评价要素指数',
  level: '等级',
  columns: {
    node: '项目',
    previous: '上期',
    current: '本期',
    delta: '变化'
  },
  scores: '得分变化',
  kinds: { pillar: '支柱', section: '章节/过程', factor: '评价要素' },
  findings: {
    title: '问题变化',
    opened: '新增',
    closed: '消除',
    repeated: '重复问题',
    carried: '上期结转',
    none: '无'
  },
  answers: {
    title: '答案变化（{{count}}）',
    question: '题目',
    previousAnswer: '上期答案',
    currentAnswer: '本期答案',
    none: '两期答案相同。',
    na: '不适用',
    empty: '未作答'
  },
  ranked: {
    improvements: '改进最大',
    regressions: '退步最大'
  },
  export: '导出含对比的工作簿'
} as const

export const enUS = {
  title: '$t(workspace.nav.comparison)',
  intro:
    'This period beside another assessment of the same institution on the same bank version: the changes of the overall, pillar, section/process and factor scores, the findings opened, closed, repeated and carried over, and the answers that changed. Change = current − previous.',
  previous: 'Compared with',
  previousOption: '{{start}} to {{end}}',
  statusDraft: 'Draft',
  statusInReview: 'In review',
  statusFinalized: 'Finalized',
  trashed: 'Trash',
  noCandidates:
    'No other assessment of this institution on the same bank version is stored on this computer.',
  otherBank:
    '{{count}} more assessments use another bank version; comparing across a bank upgrade is not supported yet.',
  previousMissing: 'The chosen period’s assessment or its bank is no longer on this computer.',
  periods: 'Previous {{previous}} → current {{current}}',
  overall: 'Overall score',
  factorIndex: 'Stability evaluation factor index',
  level: 'Level',
  columns: {
    node: 'Item',
    previous: 'Previous',
    current: 'Current',
    delta: 'Change'
  },
  scores: 'Score changes',
  kinds: { pillar: 'Pillar', section: 'Section/process', factor: 'Evaluation factor' },
  findings: {
    title: 'Findings',
    opened: 'Opened',
    closed: 'Closed',
    repeated: 'Repeat findings',
    carried: 'Carried over',
    none: 'None'
  },
  answers: {
    title: 'Answers changed ({{count}})',
    question: 'Question',
    previousAnswer: 'Previous answer',
    currentAnswer: 'Current answer',
    none: 'The answers are the same in both periods.',
    na: 'N/A',
    empty: 'Not answered'
  },
  ranked: {
    improvements: 'Largest improvements',
    regressions: 'Largest regressions'
  },
  export: 'Export the workbook with this comparison'
} as const
