/** Messages of the key-systems feature: the systems an assessment covers, and per-system figures. */
export const zhCN = {
  title: '关键系统',
  intro:
    '评估范围内的关键（重要）信息系统。按系统填报的评价要素（如服务可用率）为每个系统分别填写；系统类别按《证券期货业网络安全事件报告与调查处理办法》（2021）划分，“实时/交易时段”系统纳入核心交易系统可用率等要素。',
  columns: {
    name: '系统名称',
    class: '系统类别',
    realTime: '实时/交易时段',
    serviceWindow: '服务时间',
    actions: '操作'
  },
  classes: {
    none: '未分类',
    '1': '第一类',
    '2': '第二类',
    '3': '第三类',
    '4': '第四类',
    '5': '第五类'
  },
  classHelp: '按2021年办法，第五类最高、第一类最低；以机构的系统分类结果为准。',
  realTimeYes: '是',
  realTimeNo: '否',
  windowPlaceholder: '例如：交易日 9:15–15:00',
  namePlaceholder: '系统名称',
  add: '添加系统',
  addPreset: '添加常用系统：',
  remove: '移除',
  removeConfirm: '移除“{{name}}”？',
  removeWithFigures:
    '该系统已填报 {{count}} 项评价要素的数据（{{factors}}）。移除后这些数据将被删除，原值记入操作日志。',
  removeOk: '移除',
  cancel: '取消',
  empty: '尚未列出关键系统。按系统填报的评价要素需要至少一个系统。',
  save: '保存关键系统',
  saved: '已保存关键系统',
  saveFailed: '未能保存关键系统：{{message}}',
  unsaved: '有未保存的修改',
  nameRequired: '请填写系统名称',
  nameTwice: '系统名称重复：{{name}}',
  presets: {
    trading: '集中交易系统',
    online: '网上交易系统',
    mobile: '移动证券交易系统',
    margin: '融资融券系统',
    custody: '第三方存管（银证转账）系统',
    market: '行情系统',
    clearing: '清算系统',
    otc: '柜台市场系统',
    assetManagement: '资产管理系统',
    risk: '风险监控系统',
    dataCenter: '数据中心基础设施'
  },
  factorTable: {
    caption: '按系统填报（{{rule}}）',
    system: '系统',
    value: '系统值',
    adjusted: '类别折算值',
    binding: '决定要素值',
    noSystems: '尚未列出适用的关键系统。请先在“关键系统”中添加{{which}}。',
    whichAll: '系统',
    whichRealTime: '标为“实时/交易时段”的系统',
    goToSystems: '编辑关键系统'
  },
  rules: {
    min: '取各系统最低值',
    max: '取各系统最高值',
    classWeightedMin: '按系统类别折算后取最低值',
    sum: '各系统合计',
    mean: '各系统平均'
  },
  selections: {
    all: '全部关键系统',
    realTime: '实时/交易时段系统'
  }
} as const

export const enUS = {
  title: 'Key systems',
  intro:
    'The key (important) information systems in scope. Factors entered per system (such as service availability) are filled in for each of them; classes follow the CSRC incident measures (2021), and real-time/trading-hours systems count in the core-trading availability and similar factors.',
  columns: {
    name: 'System',
    class: 'Class',
    realTime: 'Real-time / trading hours',
    serviceWindow: 'Service window',
    actions: 'Actions'
  },
  classes: {
    none: 'Not classified',
    '1': 'Class 1',
    '2': 'Class 2',
    '3': 'Class 3',
    '4': 'Class 4',
    '5': 'Class 5'
  },
  classHelp:
    'Under the 2021 measures class 5 is the highest and class 1 the lowest; use the firm’s own classification.',
  realTimeYes: 'Yes',
  realTimeNo: 'No',
  windowPlaceholder: 'e.g. trading days 9:15–15:00',
  namePlaceholder: 'System name',
  add: 'Add a system',
  addPreset: 'Add a common system:',
  remove: 'Remove',
  removeConfirm: 'Remove “{{name}}”?',
  removeWithFigures:
    'Figures of {{count}} factors were entered for this system ({{factors}}). Removing it deletes them; their values are kept in the audit log.',
  removeOk: 'Remove',
  cancel: 'Cancel',
  empty: 'No key system listed yet. Factors entered per system need at least one.',
  save: 'Save key systems',
  saved: 'Key systems saved',
  saveFailed: 'The key systems were not saved: {{message}}',
  unsaved: 'Unsaved changes',
  nameRequired: 'Enter the system’s name',
  nameTwice: 'System listed twice: {{name}}',
  presets: {
    trading: 'Centralized trading system',
    online: 'Online trading system',
    mobile: 'Mobile trading system',
    margin: 'Margin financing and securities lending system',
    custody: 'Third-party custody (bank-securities transfer) system',
    market: 'Market data system',
    clearing: 'Clearing and settlement system',
    otc: 'OTC market system',
    assetManagement: 'Asset management system',
    risk: 'Risk monitoring system',
    dataCenter: 'Data center infrastructure'
  },
  factorTable: {
    caption: 'Entered per system ({{rule}})',
    system: 'System',
    value: 'System value',
    adjusted: 'Class-weighted value',
    binding: 'sets the value',
    noSystems: 'No key system it applies to yet. Add {{which}} under Key systems first.',
    whichAll: 'systems',
    whichRealTime: 'systems marked real-time/trading hours',
    goToSystems: 'Edit key systems'
  },
  rules: {
    min: 'lowest system value',
    max: 'highest system value',
    classWeightedMin: 'lowest after class weighting',
    sum: 'sum over systems',
    mean: 'mean over systems'
  },
  selections: {
    all: 'all key systems',
    realTime: 'real-time / trading-hours systems'
  }
} as const
