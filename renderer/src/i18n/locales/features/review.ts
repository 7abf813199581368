/** Messages of the review feature. */
export const zhCN = {
  title: '$t(workspace.nav.review)',
  intro:
    '定稿前请逐项处理下列事项。定稿后评估锁定为只读，并记录签署人、签署时间及评估内容的 SHA-256 摘要；如需修改，须说明理由后重新打开。',
  status: {
    label: '评估状态',
    draft: '草稿',
    inReview: '复核中',
    finalized: '已定稿'
  },
  actions: {
    submit: '提交复核',
    backToDraft: '退回草稿',
    finalize: '定稿并签署',
    reopen: '重新打开',
    failed: '操作未完成：{{message}}'
  },
  checklist: {
    title: '定稿前检查',
    allClear: '检查通过：没有待处理事项。',
    summary: '待处理 {{count}} 项',
    none: '无',
    go: '前往',
    groups: {
      unanswered: '必答题未作答',
      errors: '校验错误',
      warnings: '提示',
      flagged: '已标记复核',
      unevidenced: '高评级缺少证据',
      factors: '评价要素数据未填全'
    },
    unevidencedDetail: '自评 {{answered}} 级，无证据按 {{scored}} 级计分'
  },
  finalizeDialog: {
    title: '定稿并签署',
    body: '定稿后评估将锁定为只读，系统记录签署人、签署时间与评估内容的 SHA-256 摘要。',
    openItems: '仍有未处理事项，定稿将按当前内容签署：',
    clear: '定稿前检查已全部通过。',
    signer: '签署人',
    signerRequired: '请填写签署人姓名',
    confirm: '确认定稿',
    cancel: '取消',
    done: '评估已定稿'
  },
  reopenDialog: {
    title: '重新打开评估',
    body: '重新打开后评估可再次修改，原签署记录失效。理由将记入变更记录。',
    reason: '重新打开的理由',
    reasonPlaceholder: '如：监管检查后需补充 C5 故障管理的证据',
    reasonRequired: '请填写重新打开的理由',
    by: '操作人',
    byRequired: '请填写操作人姓名',
    confirm: '重新打开',
    cancel: '取消',
    done: '评估已重新打开'
  },
  seal: {
    title: '签署记录',
    by: '签署人',
    at: '签署时间',
    hash: '内容摘要（SHA-256）',
    valid: '与当前内容一致',
    invalid: '与当前内容不一致',
    none: '尚未定稿。',
    readOnly: '本评估已定稿，内容只读。如需修改，请重新打开。'
  }
} as const

export const enUS = {
  title: '$t(workspace.nav.review)',
  intro:
    'Work through the items below before finalizing. Finalizing locks the assessment read-only and records who signed, when, and the SHA-256 of its content; changing it afterwards needs a written reason to reopen.',
  status: {
    label: 'Status',
    draft: 'Draft',
    inReview: 'In review',
    finalized: 'Finalized'
  },
  actions: {
    submit: 'Submit for review',
    backToDraft: 'Back to draft',
    finalize: 'Finalize and sign',
    reopen: 'Reopen',
    failed: 'Not done: {{message}}'
  },
  checklist: {
    title: 'Pre-finalization checklist',
    allClear: 'All clear: nothing left to resolve.',
    summary: '{{count}} open item(s)',
    none: 'None',
    go: 'Go to',
    groups: {
      unanswered: 'Required questions not answered',
      errors: 'Validation errors',
      warnings: 'Warnings',
      flagged: 'Flagged for review',
      unevidenced: 'High ratings without evidence',
      factors: 'Evaluation factors with missing inputs'
    },
    unevidencedDetail: 'Rated {{answered}}, scored as {{scored}} without evidence'
  },
  finalizeDialog: {
    title: 'Finalize and sign',
    body: 'Finalizing locks the assessment read-only and records the signer, the time and the SHA-256 of its content.',
    openItems: 'Items are still open; finalizing signs the assessment as it stands:',
    clear: 'The pre-finalization checklist is all clear.',
    signer: 'Signed by',
    signerRequired: 'Enter the name of the person signing',
    confirm: 'Finalize',
    cancel: 'Cancel',
    done: 'The assessment is finalized'
  },
  reopenDialog: {
    title: 'Reopen the assessment',
    body: 'Reopening allows changes again and voids the signature. The reason is written to the audit log.',
    reason: 'Reason for reopening',
    reasonPlaceholder:
      'e.g. Evidence for C5 incident management to be added after the regulator’s visit',
    reasonRequired: 'Enter the reason for reopening',
    by: 'Reopened by',
    byRequired: 'Enter your name',
    confirm: 'Reopen',
    cancel: 'Cancel',
    done: 'The assessment is reopened'
  },
  seal: {
    title: 'Signature',
    by: 'Signed by',
    at: 'Signed at',
    hash: 'Content digest (SHA-256)',
    valid: 'Matches the current content',
    invalid: 'Does not match the current content',
    none: 'Not finalized yet.',
    readOnly: 'This assessment is finalized and read-only. Reopen it to make changes.'
  }
} as const
