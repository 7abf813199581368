/** Messages of the period comparison screen (上期对比). */
export const zhCN = {
  title: '$t(workspace.nav.comparison)',
  intro:
    '将本期与同一机构的另一期评估（同一题库；题库版本不同时按题库升级映射）逐项对比：总分、支柱、章节/过程和评价要素的得分变化，问题的新增、消除、重复和结转，以及改变了的答案。变化 = 本期 − 上期。',
  previous: '对比的期间',
  previousOption: '{{start}} 至 {{end}}',
  statusDraft: '草稿',
  statusInReview: '复核中',
  statusFinalized: '已定稿',
  trashed: '回收站',
  noCandidates: '本机没有该机构使用同一题库的其他期评估。',
  otherBank: '另有 {{count}} 期评估使用其他题库（编号不同），不同题库的评估无法对比。',
  bankVersion: '题库 {{version}}',
  mapping: {
    banner:
      '本期题库 {{current}}，上期 {{previous}}：已按题库升级映射对比（迁移 {{moved}} 题，删除 {{removed}} 题，新增 {{added}} 题）',
    detail:
      '迁移的题目新旧编号同列一行（如 A2.07 → A4.02）；删除和新增的题目单独标出，不计为答案变化。总分、支柱、章节/过程和评价要素各按本期、上期自己的题库计分，按编号对应；只有一个版本有的项目不计变化。',
    removed: '已删除 · 仅上期题库 {{version}}',
    added: '新增 · 仅本期题库 {{version}}',
    moved: '迁移'
  },
  only: { previous: '仅上期题库有', current: '仅本期题库有' },
  systemValue: '{{name}}：{{previous}} → {{current}}',
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
    removed: '所在题目已删除',
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
  export: '导出含对比的工作簿',
  trend: {
    title: '历次趋势',
    intro:
      '该机构在本机的每一期评估（不含回收站），按期间先后排列；分数 0–100，某期没有的分数留空。',
    banks:
      '各期使用的题库版本不同（{{banks}}）：支柱和评价要素按编号对应，某版本没有的项目在该期留空。',
    views: { overall: '总分与支柱', factors: '评价要素' },
    view: '显示',
    chooseFactors: '选择评价要素（最多 6 项）',
    chart: '历次趋势图：{{lines}}',
    table: '历次得分',
    item: '项目',
    period: '{{start}} 至 {{end}}',
    single: '该机构在本机只有这一期评估；有两期或以上时在此显示历次趋势。'
  }
} as const

export const enUS = {
  title: '$t(workspace.nav.comparison)',
  intro:
    'This period beside another assessment of the same institution on the same bank (another version of it is mapped through the bank upgrade): the changes of the overall, pillar, section/process and factor scores, the findings opened, closed, repeated and carried over, and the answers that changed. Change = current − previous.',
  previous: 'Compared with',
  previousOption: '{{start}} to {{end}}',
  statusDraft: 'Draft',
  statusInReview: 'In review',
  statusFinalized: 'Finalized',
  trashed: 'Trash',
  noCandidates:
    'No other assessment of this institution on the same bank is stored on this computer.',
  otherBank:
    '{{count}} more assessments use another bank (another bank id); assessments on different banks cannot be compared.',
  bankVersion: 'bank {{version}}',
  mapping: {
    banner:
      'This period’s bank is {{current}}, the previous one’s {{previous}}: compared through the bank upgrade mapping ({{moved}} questions moved, {{removed}} removed, {{added}} added)',
    detail:
      'A moved question is one row with its old and new id (such as A2.07 → A4.02); removed and added questions are labelled as such, not counted as changed answers. The overall, pillar, section/process and factor scores are each scored by the period’s own bank and matched by id; an item only one version has shows no change.',
    removed: 'Removed · only in the previous bank {{version}}',
    added: 'Added · only in the current bank {{version}}',
    moved: 'Moved'
  },
  only: { previous: 'Only in the previous bank', current: 'Only in the current bank' },
  systemValue: '{{name}}: {{previous}} → {{current}}',
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
    removed: 'On removed questions',
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
  export: 'Export the workbook with this comparison',
  trend: {
    title: 'Trend over periods',
    intro:
      'Every assessment of this institution on this computer (not in the trash), oldest period first; scores 0–100, left blank where a period has none.',
    banks:
      'The periods use different bank versions ({{banks}}): pillars and factors are matched by id; an item a version lacks is blank in that period.',
    views: { overall: 'Overall and pillars', factors: 'Evaluation factors' },
    view: 'Show',
    chooseFactors: 'Choose evaluation factors (up to 6)',
    chart: 'Trend chart: {{lines}}',
    table: 'Scores by period',
    item: 'Item',
    period: '{{start}} to {{end}}',
    single:
      'This is the only assessment of this institution on this computer; the trend appears here once there are two or more periods.'
  }
} as const
