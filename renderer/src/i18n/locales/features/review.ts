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
    done: '评估已重新打开'
  },
  levels: {
    title: '分级复核（{{count}} 级）',
    level: '复核层级',
    state: '签署情况',
    signers: '可签署：{{names}}',
    signed: '已签署',
    waiting: '待签署',
    notYet: '未到此级',
    sign: '签署「{{name}}」',
    signTitle: '第 {{level}} 级：{{name}}',
    signBody:
      '签署即确认当前评估内容；系统记录签署人、时间、意见及内容的 SHA-256 摘要。后一级只能签署与本级相同的内容。',
    signConfirm: '确认签署',
    signDone: '已签署',
    comment: '复核意见',
    stale: '「{{name}}」签署后内容已有修改：请退回到该级重新签署，后续层级方可签署。',
    sendBack: '退回',
    sendBackTitle: '退回复核',
    sendBackBody:
      '退回后，所选层级及其后各级的签署作废，需重新签署；理由记入变更记录。退回到第 1 级即退回草稿。',
    sendBackTo: '退回到',
    sendBackConfirm: '确认退回',
    sendBackDone: '已退回',
    finalLevel: '最后一级「{{name}}」通过“定稿并签署”完成。',
    waitEarlier: '须先完成前面各级的签署。'
  },
  refused: {
    order: '第 {{level}} 级不能签署：前一级尚未签署，或本级已签署。',
    notPermitted: '第 {{level}} 级只能由“$t(nav.settings)”中指定的人员签署。',
    sameSigner: '同一人不能签署两个层级（第 {{level}} 级须由他人签署）。',
    contentChanged: '内容在上一级签署后已修改，第 {{level}} 级不能签署；请先退回。',
    reasonRequired: '退回须填写理由。',
    nothingToSendBack: '第 {{level}} 级尚未签署，无需退回。'
  },
  seal: {
    title: '签署记录',
    by: '签署人',
    at: '签署时间',
    hash: '内容摘要（SHA-256）',
    valid: '与当前内容一致',
    invalid: '与当前内容不一致',
    beforeRegisters: '签署早于台账随评估保存：台账以外的内容一致，台账不在签署范围内',
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
    done: 'The assessment is reopened'
  },
  levels: {
    title: 'Graded review ({{count}} levels)',
    level: 'Level',
    state: 'Signature',
    signers: 'May sign: {{names}}',
    signed: 'Signed',
    waiting: 'Waiting',
    notYet: 'Not yet',
    sign: 'Sign “{{name}}”',
    signTitle: 'Level {{level}}: {{name}}',
    signBody:
      'Signing approves the assessment as it stands; the signer, time, comment and the SHA-256 of the content are recorded. The next level can only sign the same content.',
    signConfirm: 'Sign',
    signDone: 'Signed',
    comment: 'Review comment',
    stale:
      'The content changed after “{{name}}” signed: send it back to that level to sign again before the next level can sign.',
    sendBack: 'Send back',
    sendBackTitle: 'Send back for review',
    sendBackBody:
      'The chosen level’s signature and every later one are withdrawn and must be given again; the reason goes into the audit log. Back to level 1 is back to draft.',
    sendBackTo: 'Send back to',
    sendBackConfirm: 'Send back',
    sendBackDone: 'Sent back',
    finalLevel: 'The last level, “{{name}}”, signs with “Finalize and sign”.',
    waitEarlier: 'The earlier levels must sign first.'
  },
  refused: {
    order: 'Level {{level}} cannot sign: the level before has not signed, or this one already has.',
    notPermitted: 'Only the people named in $t(nav.settings) may sign level {{level}}.',
    sameSigner: 'One person cannot sign two levels (level {{level}} needs someone else).',
    contentChanged:
      'The content changed after the level before signed, so level {{level}} cannot sign; send it back first.',
    reasonRequired: 'Sending back needs a reason.',
    nothingToSendBack: 'Level {{level}} has not signed; there is nothing to send back.'
  },
  seal: {
    title: 'Signature',
    by: 'Signed by',
    at: 'Signed at',
    hash: 'Content digest (SHA-256)',
    valid: 'Matches the current content',
    invalid: 'Does not match the current content',
    beforeRegisters:
      'Sealed before registers were stored: the content without the registers matches; the registers are not covered',
    none: 'Not finalized yet.',
    readOnly: 'This assessment is finalized and read-only. Reopen it to make changes.'
  }
} as const
