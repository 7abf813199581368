/** Messages of the assessments home screen. */
export const zhCN = {
  title: '评估',
  intro:
    '依据《证券行业信息系统稳定性保障体系标准（征求意见稿）》，从组织保障、制度保障、过程保障三个维度评估本机构信息系统的稳定性保障水平。',
  actions: {
    new: '新建评估',
    sample: '打开示例评估',
    open: '打开',
    more: '更多操作',
    duplicate: '复制为下一期',
    trash: '移入回收站',
    restore: '恢复',
    purge: '彻底删除'
  },
  empty: {
    title: '尚无评估',
    description: '每次评估对应一家机构在一个评估期内的稳定性保障情况，按以下三个维度逐项作答：',
    pillars: {
      organization: '组织保障：治理架构、职责分工、人员与考核',
      institution: '制度保障：管理制度的建立、评审与执行',
      process: '过程保障：十大核心过程，辅以可用性、恢复时间、容量等稳定性评价要素的量化指标'
    },
    hint: '新建一次评估开始工作，或打开一份填写完整的示例评估，先熟悉评分与报告。'
  },
  filters: {
    search: '搜索机构、系统或评估人员',
    status: '按状态筛选',
    all: '全部',
    trash: '回收站'
  },
  status: {
    draft: '草稿',
    inReview: '审核中',
    finalized: '已定稿'
  },
  columns: {
    institution: '被评估机构',
    period: '评估期',
    status: '状态',
    completion: '完成度',
    score: '得分',
    level: '等级',
    updatedAt: '最近修改',
    deletedAt: '移入回收站时间',
    actions: '操作'
  },
  levelWithheld: '暂不评级',
  periodValue: '{{start}} 至 {{end}}',
  scopeCount: '{{count}} 个重要信息系统',
  total: '共 {{count}} 项',
  noMatch: '没有符合条件的评估',
  trashEmpty: '回收站为空',
  trashNote: '回收站中的评估不参与统计，可随时恢复；彻底删除后无法找回。',
  messages: {
    duplicated: '已生成下一期评估，沿用的答案已标记为“沿用上期，待确认”。',
    trashed: '已将“{{institution}}”移入回收站',
    restored: '已恢复“{{institution}}”',
    purged: '已彻底删除“{{institution}}”',
    sampleCreated: '已创建示例评估',
    noBank: '尚未安装任何题库，无法创建评估。请先在“$t(nav.banks)”中导入题库。',
    failed: '操作未完成：{{message}}'
  },
  purgeConfirm: {
    title: '彻底删除该评估？',
    content: '“{{institution}}”的全部答案、证据记录、整改跟踪与审计日志将被永久删除，无法恢复。',
    ok: '彻底删除',
    cancel: '取消'
  }
} as const

export const enUS = {
  title: 'Assessments',
  intro:
    "Assess how well your firm's information systems are assured for stability, along the three pillars of the SAC draft Stability Assurance System Standard: organizational, institutional and process assurance.",
  actions: {
    new: 'New assessment',
    sample: 'Open the sample assessment',
    open: 'Open',
    more: 'More actions',
    duplicate: 'Duplicate as next period',
    trash: 'Move to trash',
    restore: 'Restore',
    purge: 'Delete permanently'
  },
  empty: {
    title: 'No assessments yet',
    description:
      "Each assessment covers one firm's stability assurance over one period, answered along three pillars:",
    pillars: {
      organization:
        'Organizational assurance: governance, responsibilities, staffing and appraisal',
      institution: 'Institutional assurance: policies established, reviewed and applied',
      process:
        'Process assurance: the ten core processes, backed by measured stability evaluation factors such as availability, recovery time and capacity'
    },
    hint: 'Start a new assessment, or open a fully worked sample to get to know the scoring and the report first.'
  },
  filters: {
    search: 'Search institution, system or assessor',
    status: 'Filter by status',
    all: 'All',
    trash: 'Trash'
  },
  status: {
    draft: 'Draft',
    inReview: 'In review',
    finalized: 'Finalized'
  },
  columns: {
    institution: 'Institution',
    period: 'Period',
    status: 'Status',
    completion: 'Completion',
    score: 'Score',
    level: 'Level',
    updatedAt: 'Last changed',
    deletedAt: 'Moved to trash',
    actions: 'Actions'
  },
  levelWithheld: 'Withheld',
  periodValue: '{{start}} – {{end}}',
  scopeCount: 'Important systems: {{count}}',
  total: 'Total: {{count}}',
  noMatch: 'No assessment matches',
  trashEmpty: 'The trash is empty',
  trashNote:
    'Assessments in the trash can be restored at any time; once deleted permanently they cannot be recovered.',
  messages: {
    duplicated: 'Next period created. Carried-over answers are marked "carried over — confirm".',
    trashed: '"{{institution}}" moved to the trash',
    restored: '"{{institution}}" restored',
    purged: '"{{institution}}" deleted permanently',
    sampleCreated: 'Sample assessment created',
    noBank:
      'No question bank is installed, so no assessment can be created. Import a bank under $t(nav.banks) first.',
    failed: 'The action did not complete: {{message}}'
  },
  purgeConfirm: {
    title: 'Delete this assessment permanently?',
    content:
      'All answers, evidence records, remediation tracking and the audit log of "{{institution}}" will be deleted for good and cannot be recovered.',
    ok: 'Delete permanently',
    cancel: 'Cancel'
  }
} as const
