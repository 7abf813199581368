/** Messages of the newAssessment feature. */
export const zhCN = {
  title: '新建评估',
  intro: '只需填写被评估机构，其余各项已按常用设置预填，可按需调整。创建后直接进入第一部分作答。',
  fields: {
    institution: '被评估机构',
    institutionPlaceholder: '例如：某某证券股份有限公司',
    systems: '纳入评估的关键系统',
    systemsHelp:
      '点选常用系统或添加其他系统；系统类别、是否实时交易和服务时间也可在评估中的“关键系统”页补充。',
    period: '评估期',
    periodStart: '起始日期',
    periodEnd: '截止日期',
    periodHelp: '默认为截至上月末的最近 12 个月。',
    assessors: '评估人员',
    assessorsHelp: '多人以逗号或顿号分隔。',
    assessorsPlaceholder: '例如：张伟、李娜',
    bank: '题库',
    bankOption: '{{title}} {{version}}',
    profile: '计分方案'
  },
  errors: {
    institutionRequired: '请填写被评估机构',
    tooLong: '内容过长',
    invalidDate: '请输入有效日期（年-月-日）',
    endBeforeStart: '截止日期不能早于起始日期',
    invalidEntry: '包含无效的条目',
    systemNameRequired: '请填写每个关键系统的名称',
    systemNameTwice: '关键系统名称重复',
    bankRequired: '请选择题库',
    profileRequired: '请选择计分方案'
  },
  create: '创建并开始评估',
  cancel: '取消',
  created: '已创建评估',
  failed: '未能创建评估：{{message}}',
  noBank: '尚未安装任何题库，无法创建评估。请先在“$t(nav.banks)”中导入题库。'
} as const

export const enUS = {
  title: 'New assessment',
  intro:
    'Only the institution is required; everything else is prefilled with the usual settings and can be changed. Creating the assessment opens its first section.',
  fields: {
    institution: 'Institution assessed',
    institutionPlaceholder: 'e.g. Example Securities Co., Ltd.',
    systems: 'Key systems in scope',
    systemsHelp:
      'Pick common systems or add others; class, real-time flag and service window can also be completed later on the assessment’s Key systems page.',
    period: 'Assessment period',
    periodStart: 'Start date',
    periodEnd: 'End date',
    periodHelp: 'Defaults to the 12 months up to the end of last month.',
    assessors: 'Assessors',
    assessorsHelp: 'Separate several names with commas.',
    assessorsPlaceholder: 'e.g. Zhang Wei, Li Na',
    bank: 'Question bank',
    bankOption: '{{title}} {{version}}',
    profile: 'Scoring profile'
  },
  errors: {
    institutionRequired: 'Enter the institution assessed',
    tooLong: 'Too long',
    invalidDate: 'Enter a valid date (year-month-day)',
    endBeforeStart: 'The end date cannot be before the start date',
    invalidEntry: 'Contains an invalid entry',
    systemNameRequired: 'Enter a name for every key system',
    systemNameTwice: 'A key system is listed twice',
    bankRequired: 'Choose a question bank',
    profileRequired: 'Choose a scoring profile'
  },
  create: 'Create and start',
  cancel: 'Cancel',
  created: 'Assessment created',
  failed: 'The assessment was not created: {{message}}',
  noBank:
    'No question bank is installed, so no assessment can be created. Import a bank under $t(nav.banks) first.'
} as const
