/** Messages of the audit feature. */
export const zhCN = {
  title: '$t(workspace.nav.audit)',
  intro: '本评估的每一次变更：何人、何时、改了什么（原值 → 新值）以及理由。记录只增不改。',
  columns: {
    at: '时间',
    by: '操作人',
    action: '操作',
    target: '对象',
    change: '变更内容',
    reason: '理由'
  },
  filters: {
    target: '按题目或对象筛选',
    person: '按操作人筛选',
    action: '按操作筛选',
    count: '共 {{count}} 条'
  },
  empty: '暂无变更记录。',
  chain: {
    intact: '防篡改校验：完整（共 {{count}} 条记录，逐条链接，与链头一致）',
    legacy: '其中前 {{count}} 条记录早于防篡改链，未链接。',
    broken: '防篡改校验未通过：第 {{index}} 条记录（{{id}}）不符 — {{problem}}',
    problems: {
      altered: '内容在写入后被修改',
      missing: '此处有记录被删除',
      order: '记录顺序被调换',
      unchained: '链条中出现未链接的记录',
      unrecorded: '链头之后有未记录的条目'
    }
  },
  actions: {
    assessmentCreate: '创建评估',
    assessmentUpdate: '修改评估信息',
    answerSet: '作答',
    answerClear: '清除答案',
    factorSet: '填报评价要素',
    findingSet: '更新整改事项',
    evidenceAdd: '添加证据',
    evidenceRemove: '移除证据',
    evidenceUpdate: '修改证据日期或说明',
    statusChange: '变更状态',
    assessmentFinalize: '定稿签署',
    assessmentReopen: '重新打开',
    assessmentImport: '导入',
    assessmentMerge: '合并',
    assessmentBankUpgrade: '升级题库',
    assessmentBankUpgradeUndo: '撤销题库升级',
    reviewSign: '复核签署',
    reviewSendBack: '退回复核'
  },
  targets: {
    metadata: '评估信息',
    report: '评估报告：{{field}}',
    question: '题目 {{id}}',
    factor: '评价要素 {{id}}',
    finding: '整改事项 {{id}}',
    review: '第 {{id}} 级复核',
    assessment: '整个评估'
  },
  fields: {
    value: '答案',
    na: '不适用',
    comment: '备注',
    evidence: '证据',
    effectiveDate: '证据日期',
    caption: '证据说明',
    flagged: '复核标记',
    carriedOver: '沿用上期',
    owner: '责任人',
    dueDate: '完成期限',
    action: '整改措施',
    status: '状态',
    institution: '被评估机构',
    scope: '评估范围',
    period: '评估期间',
    assessors: '评估人员',
    notes: '说明',
    bank: '题库',
    fileName: '文件',
    copiedFrom: '原评估编号',
    carriedOverFrom: '沿用自',
    inTrash: '在回收站'
  },
  values: {
    empty: '（空）',
    yes: '是',
    partial: '部分',
    no: '否',
    na: '不适用：{{reason}}',
    items: '{{count}} 项',
    on: '是',
    off: '否',
    sealed: '已定稿，摘要 {{hash}}',
    periodRange: '{{start}} 至 {{end}}',
    evidenceDate: '证据日期 {{date}}'
  }
} as const

export const enUS = {
  title: '$t(workspace.nav.audit)',
  intro:
    'Every change to this assessment: who, when, what changed (old → new) and why. Entries are only ever added.',
  columns: {
    at: 'When',
    by: 'Who',
    action: 'Action',
    target: 'Item',
    change: 'Change',
    reason: 'Reason'
  },
  filters: {
    target: 'Filter by question or item',
    person: 'Filter by person',
    action: 'Filter by action',
    count: '{{count}} entries'
  },
  empty: 'No changes recorded yet.',
  chain: {
    intact:
      'Tamper check: intact ({{count}} entries, each linked to the one before, matching the head)',
    legacy: 'The first {{count}} entries predate the tamper-evident chain and are not linked.',
    broken: 'Tamper check failed: entry {{index}} ({{id}}) does not fit — {{problem}}',
    problems: {
      altered: 'its content was changed after it was written',
      missing: 'an entry was removed here',
      order: 'entries were reordered',
      unchained: 'an unlinked entry inside the chain',
      unrecorded: 'entries after the recorded head'
    }
  },
  actions: {
    assessmentCreate: 'Created',
    assessmentUpdate: 'Details changed',
    answerSet: 'Answered',
    answerClear: 'Answer cleared',
    factorSet: 'Factor data entered',
    findingSet: 'Finding updated',
    evidenceAdd: 'Evidence added',
    evidenceRemove: 'Evidence removed',
    evidenceUpdate: 'Evidence date or caption changed',
    statusChange: 'Status changed',
    assessmentFinalize: 'Finalized and signed',
    assessmentReopen: 'Reopened',
    assessmentImport: 'Imported',
    assessmentMerge: 'Merged',
    assessmentBankUpgrade: 'Bank upgraded',
    assessmentBankUpgradeUndo: 'Bank upgrade undone',
    reviewSign: 'Review level signed',
    reviewSendBack: 'Sent back for review'
  },
  targets: {
    metadata: 'Assessment details',
    report: 'Report: {{field}}',
    question: 'Question {{id}}',
    factor: 'Factor {{id}}',
    finding: 'Finding {{id}}',
    review: 'Review level {{id}}',
    assessment: 'Whole assessment'
  },
  fields: {
    value: 'Answer',
    na: 'N/A',
    comment: 'Comment',
    evidence: 'Evidence',
    effectiveDate: 'Evidence date',
    caption: 'Evidence caption',
    flagged: 'Flagged',
    carriedOver: 'Carried over',
    owner: 'Owner',
    dueDate: 'Due date',
    action: 'Action',
    status: 'Status',
    institution: 'Institution',
    scope: 'Scope',
    period: 'Period',
    assessors: 'Assessors',
    notes: 'Notes',
    bank: 'Bank',
    fileName: 'File',
    copiedFrom: 'Original id',
    carriedOverFrom: 'Carried over from',
    inTrash: 'In the trash'
  },
  values: {
    empty: '(empty)',
    yes: 'Yes',
    partial: 'Partly',
    no: 'No',
    na: 'N/A: {{reason}}',
    items: '{{count}} item(s)',
    on: 'Yes',
    off: 'No',
    sealed: 'Finalized, digest {{hash}}',
    periodRange: '{{start}} to {{end}}',
    evidenceDate: 'dated {{date}}'
  }
} as const
