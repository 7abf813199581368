/** Messages of the banks screens: the installed list, import, and browsing one bank. */
export const zhCN = {
  title: '题库',
  intro:
    '题库是评估所依据的题目、稳定性评价要素、权重与阈值，以带版本号的数据文件发布。每份评估始终按其创建时所用的题库版本打开与计分。',
  tableTitle: '已安装的题库',
  columns: {
    title: '题库名称',
    version: '版本',
    origin: '来源',
    questions: '题目数',
    factors: '评价要素',
    hash: '内容指纹',
    installedAt: '安装时间',
    actions: '操作'
  },
  origin: {
    builtin: '内置',
    imported: '导入'
  },
  hashTooltip: 'SHA-256：{{hash}}',
  actions: {
    import: '导入题库',
    template: '下载 Excel 模板',
    browse: '查看',
    exportXlsx: '导出为 Excel'
  },
  importHint:
    '支持题库 JSON 文件或按 Excel 模板填写的工作簿（.xlsx）。导入前会完整校验，任何错误都不会安装。',
  messages: {
    installed: '已安装题库“{{title}}” {{version}}',
    alreadyInstalled: '“{{title}}” {{version}} 已安装（内容完全相同），无需重复导入',
    templateSaved: 'Excel 模板已保存',
    exported: '已导出 {{name}}',
    failed: '操作未完成：{{message}}',
    unsupported: '不支持的文件类型“{{name}}”，请选择 .json 或 .xlsx 文件。'
  },
  importErrors: {
    title: '“{{name}}”未通过校验，未安装任何内容',
    description: '共发现 {{count}} 处问题。请在文件中逐项修改后重新导入。'
  },
  builtinProblems: '以下内置题库文件未通过校验，已跳过：{{files}}。请联系技术支持。',
  browse: {
    back: '返回题库列表',
    notFound: '未找到该题库',
    notFoundDescription: '本机没有内容指纹为 {{hash}} 的题库。',
    readOnly:
      '只读浏览：题库内容不能在应用中修改；如需调整，请导出为 Excel 修改并提高版本号后重新导入。',
    overview: {
      id: '题库标识',
      version: '版本',
      status: '状态',
      origin: '来源',
      publishedAt: '发布日期',
      hash: '内容指纹（SHA-256）',
      counts: '规模',
      countsValue:
        '{{pillars}} 个维度 · {{sections}} 个部分 · {{questions}} 道题 · {{factors}} 个评价要素'
    },
    tabs: {
      questions: '题目',
      factors: '稳定性评价要素',
      profiles: '计分方案',
      weights: '有效权重',
      references: '依据文件'
    },
    sectionKind: {
      section: '部分',
      process: '核心过程'
    },
    provisional: '暂定',
    questionCount: '{{count}} 道题',
    question: {
      weight: '权重 {{weight}}',
      critical: '关键项',
      optional: '选答',
      allowNA: '可不适用',
      guidance: '评估指引',
      anchors: '成熟度等级描述',
      options: '选项',
      optionScore: '{{score}} 分',
      exclusive: '互斥',
      unit: '单位：{{unit}}',
      range: '取值范围：{{range}}',
      target: '目标：{{direction}} {{target}}',
      withinDays: '日期在评估期末前 {{days}} 天以内得满分',
      visibleWhen: '显示条件',
      redLine: '红线',
      references: '依据'
    },
    types: {
      maturity: '成熟度（0–4 级）',
      yesPartialNo: '是 / 部分 / 否',
      singleChoice: '单选',
      multiChoice: '多选',
      number: '数值',
      percentage: '百分比',
      date: '日期',
      text: '文字',
      evidence: '证据'
    },
    source: {
      F: 'F 公开来源',
      I: 'I 依据推断',
      P: 'P 编制建议'
    },
    sourceTooltip: {
      F: '出自公开发布的文本',
      I: '由公开材料推断',
      P: '由题库编制者建议，尚待标准确认'
    },
    direction: {
      higher: '越高越好，≥',
      lower: '越低越好，≤'
    },
    factor: {
      feeds: '计入：{{section}}',
      inputs: '录入项',
      formula: '计算公式',
      constraints: '录入校验',
      target: '目标值',
      bands: '分档',
      bandsValue: '{{grade}} 档 {{threshold}} → {{score}} 分',
      catchAll: '其余',
      redLines: '红线',
      basis: '设定依据',
      terms: '各项比值的{{kind}}',
      termsMean: '平均值',
      termsMin: '最小值',
      divisor: '（再除以 {{divisor}}）',
      minutes: '分钟'
    },
    profile: {
      default: '默认',
      questionnaireShare: '问卷占比',
      questionnaireShareValue: '有评价要素的部分：问卷得分占 {{share}}%，评价要素得分占其余部分',
      levels: '等级划分',
      levelRange: '≥ {{min}} 分',
      pillarWeights: '维度权重'
    },
    weights: {
      intro:
        '各计分题目与评价要素占总分的比例（假定全部可见、适用且有得分），与命令行 stability-assessor bank weights 的结果一致；合计 100%。点击列标题可排序。',
      profile: '计分方案',
      columns: {
        rank: '名次',
        kind: '类别',
        id: '编号',
        text: '内容',
        section: '所属部分',
        share: '占总分',
        cumulative: '累计'
      },
      kind: {
        question: '题目',
        factor: '评价要素'
      },
      total: '共 {{count}} 项，合计 100%'
    }
  }
} as const

export const enUS = {
  title: 'Question banks',
  intro:
    'A question bank holds the questions, stability evaluation factors, weights and thresholds an assessment uses, published as versioned data files. Every assessment always opens and scores with the exact bank version it was created with.',
  tableTitle: 'Installed banks',
  columns: {
    title: 'Bank',
    version: 'Version',
    origin: 'Origin',
    questions: 'Questions',
    factors: 'Factors',
    hash: 'Content hash',
    installedAt: 'Installed',
    actions: 'Actions'
  },
  origin: {
    builtin: 'Built-in',
    imported: 'Imported'
  },
  hashTooltip: 'SHA-256: {{hash}}',
  actions: {
    import: 'Import a bank',
    template: 'Download Excel template',
    browse: 'Browse',
    exportXlsx: 'Export to Excel'
  },
  importHint:
    'Accepts a bank JSON file or a workbook (.xlsx) filled in from the Excel template. Everything is checked before installing; nothing is installed if there is any error.',
  messages: {
    installed: 'Installed "{{title}}" {{version}}',
    alreadyInstalled:
      '"{{title}}" {{version}} is already installed with identical content; nothing to do',
    templateSaved: 'Excel template saved',
    exported: 'Exported {{name}}',
    failed: 'The action did not complete: {{message}}',
    unsupported: 'Unsupported file type "{{name}}". Choose a .json or .xlsx file.'
  },
  importErrors: {
    title: '"{{name}}" failed the checks; nothing was installed',
    description: 'Problems found: {{count}}. Correct each one in the file and import it again.'
  },
  builtinProblems:
    'These built-in bank files failed their checks and were skipped: {{files}}. Please contact technical support.',
  browse: {
    back: 'Back to banks',
    notFound: 'Bank not found',
    notFoundDescription: 'No installed bank has the content hash {{hash}}.',
    readOnly:
      'Read-only: a bank cannot be changed in the app. To adjust it, export it to Excel, edit it, raise its version and import it again.',
    overview: {
      id: 'Bank id',
      version: 'Version',
      status: 'Status',
      origin: 'Origin',
      publishedAt: 'Published',
      hash: 'Content hash (SHA-256)',
      counts: 'Size',
      countsValue:
        'Pillars: {{pillars}} · sections: {{sections}} · questions: {{questions}} · factors: {{factors}}'
    },
    tabs: {
      questions: 'Questions',
      factors: 'Stability evaluation factors',
      profiles: 'Scoring profiles',
      weights: 'Effective weights',
      references: 'Reference documents'
    },
    sectionKind: {
      section: 'Section',
      process: 'Core process'
    },
    provisional: 'Provisional',
    questionCount: 'Questions: {{count}}',
    question: {
      weight: 'Weight {{weight}}',
      critical: 'Critical',
      optional: 'Optional',
      allowNA: 'N/A allowed',
      guidance: 'Guidance',
      anchors: 'Maturity level anchors',
      options: 'Options',
      optionScore: '{{score}} points',
      exclusive: 'exclusive',
      unit: 'Unit: {{unit}}',
      range: 'Range: {{range}}',
      target: 'Target: {{direction}} {{target}}',
      withinDays: 'Full score when the date is within {{days}} days before the period end',
      visibleWhen: 'Shown when',
      redLine: 'Red line',
      references: 'References'
    },
    types: {
      maturity: 'Maturity (levels 0–4)',
      yesPartialNo: 'Yes / partial / no',
      singleChoice: 'Single choice',
      multiChoice: 'Multiple choice',
      number: 'Number',
      percentage: 'Percentage',
      date: 'Date',
      text: 'Text',
      evidence: 'Evidence'
    },
    source: {
      F: 'F found',
      I: 'I inferred',
      P: 'P proposed'
    },
    sourceTooltip: {
      F: 'Found in published text',
      I: 'Inferred from published material',
      P: "Proposed by the bank's authors; awaiting confirmation by the standard"
    },
    direction: {
      higher: 'higher is better, ≥',
      lower: 'lower is better, ≤'
    },
    factor: {
      feeds: 'Feeds: {{section}}',
      inputs: 'Inputs',
      formula: 'Formula',
      constraints: 'Entry checks',
      target: 'Target',
      bands: 'Bands',
      bandsValue: 'Band {{grade}} {{threshold}} → {{score}} points',
      catchAll: 'otherwise',
      redLines: 'Red lines',
      basis: 'Basis',
      terms: '{{kind}} of the ratios',
      termsMean: 'Mean',
      termsMin: 'Minimum',
      divisor: ' (divided by {{divisor}})',
      minutes: 'min'
    },
    profile: {
      default: 'Default',
      questionnaireShare: 'Questionnaire share',
      questionnaireShareValue:
        'In sections with factors, the questionnaire counts for {{share}}% and the factors for the rest',
      levels: 'Levels',
      levelRange: '≥ {{min}} points',
      pillarWeights: 'Pillar weights'
    },
    weights: {
      intro:
        'Each scored question’s and factor’s share of the overall score (as if everything were visible, applicable and scored), the same figures as the command stability-assessor bank weights; they add up to 100%. Click a column heading to sort.',
      profile: 'Scoring profile',
      columns: {
        rank: 'Rank',
        kind: 'Kind',
        id: 'Id',
        text: 'Text',
        section: 'Section',
        share: 'Share',
        cumulative: 'Cumulative'
      },
      kind: {
        question: 'Question',
        factor: 'Factor'
      },
      total: '{{count}} items, 100% in all'
    }
  }
} as const
