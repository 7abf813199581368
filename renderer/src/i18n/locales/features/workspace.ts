/** Messages of the workspace feature: the frame around an open assessment. */
export const zhCN = {
  title: '评估工作台',
  loading: '正在打开评估…',
  missing: {
    title: '找不到该评估',
    description: '该评估不存在，可能已被彻底删除，或链接有误。',
    back: '返回评估列表'
  },
  bankMissing: {
    title: '缺少本评估所用的题库版本',
    description:
      '本评估基于题库 {{bankId}} 的 {{version}} 版本创建，为保证评分口径一致，只能用该版本打开。本机尚未安装此版本，请在“$t(nav.banks)”页面导入后再打开。评估数据未受任何影响。',
    goBanks: '前往$t(nav.banks)'
  },
  sectionMissing: {
    title: '该部分不存在',
    description: '题库中没有编号为 {{sectionId}} 的部分或过程。',
    first: '打开第一部分'
  },
  nav: {
    label: '评估导航',
    questionnaire: '问卷',
    systems: '关键系统',
    bankUpgrade: '升级题库',
    factors: '评价要素',
    results: '评估结果',
    findings: '问题清单',
    comparison: '上期对比',
    review: '复核与签署',
    audit: '变更记录',
    report: '评估报告',
    provisional: '暂定',
    provisionalHint: '该部分尚未被标准公开文本确认，题目与权重为暂定',
    sectionState: '，完成度 {{percent}}，得分 {{score}}'
  },
  header: {
    period: '评估期间 {{start}} 至 {{end}}',
    overall: '总体得分',
    level: '等级',
    levelWithheld: '暂缓评定',
    readOnly:
      '本评估已定稿，当前为只读。如需修改，请在“$t(workspace.nav.review)”中填写理由后重新打开。',
    trashed: '本评估位于回收站，当前为只读。如需修改，请先在评估列表中将其恢复。'
  },
  save: {
    saved: '已保存',
    saving: '正在保存',
    error: '保存失败',
    savedHint: '全部修改均已保存到本机。',
    savingHint: '正在写入本机数据库…',
    retrying: '应用会自动重试；未保存的内容仍保留在当前页面，请勿关闭应用。',
    quotaBanner: '磁盘空间不足，最新修改未保存。',
    quotaDetail:
      '请清理磁盘空间。应用会自动重试，未保存的内容仍保留在当前页面，请勿关闭应用或刷新页面。'
  }
} as const

export const enUS = {
  title: 'Assessment workspace',
  loading: 'Opening the assessment…',
  missing: {
    title: 'Assessment not found',
    description:
      'This assessment does not exist. It may have been deleted permanently, or the link is wrong.',
    back: 'Back to assessments'
  },
  bankMissing: {
    title: 'The question bank version of this assessment is missing',
    description:
      'This assessment was created with version {{version}} of the bank {{bankId}}, and only that version can open it, so it is always scored the same way. That version is not installed on this computer: import it on the $t(nav.banks) page, then open the assessment again. The assessment data is untouched.',
    goBanks: 'Go to $t(nav.banks)'
  },
  sectionMissing: {
    title: 'No such section',
    description: 'The bank has no section or process {{sectionId}}.',
    first: 'Open the first section'
  },
  nav: {
    label: 'Assessment navigation',
    questionnaire: 'Questionnaire',
    systems: 'Key systems',
    bankUpgrade: 'Upgrade bank',
    factors: 'Evaluation factors',
    results: 'Results',
    findings: 'Findings register',
    comparison: 'Period comparison',
    review: 'Review and sign-off',
    audit: 'Audit log',
    report: 'Report',
    provisional: 'Provisional',
    provisionalHint:
      'Not yet confirmed by the public text of the standard: its questions and weights are provisional',
    sectionState: ', {{percent}} complete, score {{score}}'
  },
  header: {
    period: 'Period {{start}} to {{end}}',
    overall: 'Overall score',
    level: 'Level',
    levelWithheld: 'Withheld',
    readOnly:
      'This assessment is finalized and read-only. To change it, reopen it with a reason under $t(workspace.nav.review).',
    trashed:
      'This assessment is in the trash and read-only. Restore it from the assessment list to change it.'
  },
  save: {
    saved: 'Saved',
    saving: 'Saving',
    error: 'Not saved',
    savedHint: 'Every change is saved on this computer.',
    savingHint: 'Writing to the database on this computer…',
    retrying:
      'The app retries automatically; the unsaved input stays on this page. Do not close the app.',
    quotaBanner: 'The disk is full: your latest changes are not saved.',
    quotaDetail:
      'Free some disk space. The app retries automatically and the unsaved input stays on this page; do not close the app or reload.'
  }
} as const
