/** Messages of the registers feature: the firm's registers in, the factor figures they give out. */
export const zhCN = {
  title: '台账',
  intro:
    '导入故障、变更、演练、压测台账与系统清单（.xlsx 或 .csv），按评估期和重要系统自动计算各评价要素的数据；每个数字都可以追溯到计入和未计入的行。',
  noMeasures: '当前题库未定义台账计算口径，台账数据不会填入要素。',
  downloadTemplate: '下载台账模板',
  templateSaved: '台账模板已保存',
  templateFailed: '台账模板未能保存：{{message}}',
  import: '导入台账',
  reading: '正在读取台账…',
  none: '尚未导入台账。',
  register: '台账',
  file: '文件',
  rows: '行数',
  leftOut: '略去 {{count}} 行',
  importedAt: '导入时间',
  refused: '「{{name}}」未导入，数据未作任何改动。请修正下列问题后重新导入，或略去所列的行后导入。',
  leaveOut: '略去所列的 {{count}} 行后导入',
  leaveOutRows: '{{sheet}}：第 {{rows}} 行',
  moreProblems: '共 {{count}} 个问题，此处列出前 {{shown}} 个；略去的行在下方逐一列出。',
  mapping: {
    title: '列名对应：{{sheet}}',
    intro:
      '该文件的列名与台账模板不一致。请为模板的每一列选择文件中对应的列；确认导入后，此对应关系会为「{{institution}}」记住，下次自动使用。',
    kind: '台账类型',
    field: '模板列',
    column: '文件中的列',
    required: '必填',
    none: '（无此列）',
    apply: '按此对应重新读取'
  },
  imported: '已导入「{{name}}」',
  importFailed: '台账未能导入：{{message}}',
  preview: {
    title: '确认导入「{{name}}」',
    rowsTitle: '台账行的变化',
    figuresTitle: '要素数据的变化',
    kind: '台账',
    before: '原行数',
    after: '新行数',
    added: '新增',
    removed: '删除',
    changed: '修改',
    figure: '数据',
    oldValue: '原值',
    newValue: '新值',
    noFigureChange: '要素数据没有变化。',
    overriddenKept: '已人工覆盖，保持覆盖值',
    confirm: '导入并替换',
    cancel: '取消'
  },
  source: {
    title: '来自台账的数据',
    fromRegisters: '来自台账',
    overridden: '已覆盖',
    drill: '明细',
    allSystems: '全部系统'
  },
  drill: {
    title: '{{factor}} · {{input}}',
    registerValue: '台账计算值',
    inForce: '当前取值',
    counted: '计入的行（{{count}}）',
    excluded: '未计入的行（{{count}}）',
    sheet: '工作表',
    row: '行',
    id: '编号',
    system: '系统',
    amount: '计入量',
    reason: '未计入原因',
    close: '关闭'
  },
  override: {
    title: '人工覆盖',
    value: '覆盖值',
    reason: '覆盖原因',
    reasonRequired: '覆盖台账计算值必须填写原因',
    save: '覆盖',
    restore: '恢复台账计算值',
    current: '已由 {{by}} 于 {{at}} 覆盖：{{reason}}',
    saved: '已覆盖，原因已记入审计日志',
    restored: '已恢复台账计算值'
  }
}

export const enUS = {
  title: 'Registers',
  intro:
    'Import the incident, change, drill and stress-test registers and the systems list (.xlsx or .csv): the factors’ figures are measured from them over the assessment period and key systems, and every figure leads back to the rows counted and left out.',
  noMeasures: 'This bank defines no register measures: registers fill in no factor.',
  downloadTemplate: 'Download register template',
  templateSaved: 'Register template saved',
  templateFailed: 'The register template was not saved: {{message}}',
  import: 'Import registers',
  reading: 'Reading the registers…',
  none: 'No registers imported yet.',
  register: 'Register',
  file: 'File',
  rows: 'Rows',
  leftOut: '{{count}} rows left out',
  importedAt: 'Imported',
  refused:
    '“{{name}}” was not imported and nothing changed. Fix the problems below and import again, or import leaving out exactly the rows listed.',
  leaveOut: 'Import leaving out the {{count}} rows listed',
  leaveOutRows: '{{sheet}}: rows {{rows}}',
  moreProblems:
    '{{count}} problems; the first {{shown}} are listed here. The rows to leave out are all listed below.',
  mapping: {
    title: 'Column names: {{sheet}}',
    intro:
      'The file’s column names are not the template’s. Choose, for each template column, the file’s column that holds it; once the import is confirmed, this mapping is remembered for {{institution}} and used next time.',
    kind: 'Register',
    field: 'Template column',
    column: 'Column in the file',
    required: 'required',
    none: '(no such column)',
    apply: 'Read again with this mapping'
  },
  imported: 'Imported “{{name}}”',
  importFailed: 'The registers were not imported: {{message}}',
  preview: {
    title: 'Import “{{name}}”?',
    rowsTitle: 'Rows of the registers',
    figuresTitle: 'Factor figures',
    kind: 'Register',
    before: 'Rows before',
    after: 'Rows after',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    figure: 'Figure',
    oldValue: 'Before',
    newValue: 'After',
    noFigureChange: 'No factor figure changes.',
    overriddenKept: 'overridden by hand: the typed figure stays',
    confirm: 'Import and replace',
    cancel: 'Cancel'
  },
  source: {
    title: 'Figures from the registers',
    fromRegisters: 'from registers',
    overridden: 'overridden',
    drill: 'Rows',
    allSystems: 'All systems'
  },
  drill: {
    title: '{{factor}} · {{input}}',
    registerValue: 'Register figure',
    inForce: 'In force',
    counted: 'Rows counted ({{count}})',
    excluded: 'Rows left out ({{count}})',
    sheet: 'Sheet',
    row: 'Row',
    id: 'No.',
    system: 'System',
    amount: 'Counts',
    reason: 'Why left out',
    close: 'Close'
  },
  override: {
    title: 'Override by hand',
    value: 'Figure',
    reason: 'Reason',
    reasonRequired: 'Overriding a register figure needs a reason',
    save: 'Override',
    restore: 'Back to the register figure',
    current: 'Overridden by {{by}} at {{at}}: {{reason}}',
    saved: 'Overridden; the reason is in the audit log',
    restored: 'The register figure is back in force'
  }
}
