/** Messages of the questionnaire feature: the section page, its questions, evidence and shortcuts. */
export const zhCN = {
  title: '问卷',
  section: {
    kind: {
      section: '部分',
      process: '核心过程'
    },
    provisional: '暂定',
    provisionalNote: '本过程尚未被标准公开文本确认，题目与权重为暂定，正式标准发布后可能调整。',
    progress: '已完成 {{done}} / {{total}} 题',
    score: '本部分得分 {{score}}',
    hidden: '另有 {{count}} 道题因前序作答不适用而隐藏；其已有作答会保留，但不计入得分与完成度。',
    previous: '上一部分：{{name}}',
    next: '下一部分：{{name}}',
    toFactors: '下一步：$t(workspace.nav.factors)',
    shortcuts: '快捷键'
  },
  question: {
    weight: '权重 {{weight}}',
    critical: '关键项',
    optional: '选答',
    source: {
      F: '公开依据',
      I: '推断',
      P: '建议'
    },
    sourceHint: {
      F: '依据：可在公开的标准或监管文件中找到',
      I: '推断：由公开材料推断得出',
      P: '建议：由题库编写者提出，供评估参考'
    },
    references: '依据：{{list}}',
    listSeparator: '；',
    guidance: '评估指引',
    score: '得分 {{score}}'
  },
  answer: {
    yes: '是',
    partial: '部分',
    no: '否',
    na: '不适用',
    levelName: '{{level}} 级',
    choose: '请选择',
    exclusiveHint: '与其他选项互斥',
    numberRange: '范围 {{min}} – {{max}}',
    numberMin: '不小于 {{min}}',
    numberMax: '不大于 {{max}}',
    integer: '整数',
    percentHint: '0 – 100',
    notANumber: '请输入数字',
    textPlaceholder: '请输入',
    evidenceOnly: '本题以证据作答：请在下方添加证据文件或书面引用。',
    naJustification: '不适用理由',
    naPlaceholder: '请说明本题对本机构不适用的原因（必填）'
  },
  comment: {
    label: '备注',
    add: '添加备注',
    placeholder: '记录访谈要点、现场观察或评分理由'
  },
  evidence: {
    title: '证据',
    count: '证据 {{count}}',
    addFile: '上传文件',
    addReference: '书面引用',
    remove: '移除',
    download: '下载',
    editDetails: '日期与说明',
    date: '证据日期',
    dateShown: '证据日期 {{date}}',
    caption: '说明',
    captionPlaceholder: '这份证据说明了什么，例如：6 月 30 日监控大屏，告警均已闭环',
    pasteHint: '也可在本题上按 Ctrl+V 粘贴截图，或把多个文件拖到本题上',
    empty: '暂无证据',
    fileMeta: '{{size}} · SHA-256 {{hash}}',
    tooLarge:
      '文件“{{name}}”为 {{size}}，超过单个文件上限 {{limit}}。请改用书面引用，记录文件名称、存放位置、页码或访谈对象。',
    added: '已添加证据“{{name}}”',
    removed: '已移除证据“{{name}}”',
    failed: '证据未能保存：{{message}}',
    reference: {
      title: '添加书面引用',
      intro: '较大或涉密的材料不必上传，记录其出处即可，便于复核时查阅原件。',
      name: '文件或材料名称',
      namePlaceholder: '例如：《应急预案（2025 版）》',
      nameRequired: '请填写文件或材料名称',
      location: '存放位置',
      locationPlaceholder: '例如：运维管理平台 / 制度库 / 纸质档案柜',
      page: '页码或章节',
      interviewee: '访谈对象',
      intervieweePlaceholder: '例如：运维部 王经理',
      note: '说明',
      save: '添加',
      cancel: '取消'
    },
    kinds: {
      file: '文件',
      reference: '引用'
    },
    referenceMeta: {
      location: '位置：{{value}}',
      page: '页码：{{value}}',
      interviewee: '访谈：{{value}}'
    }
  },
  flag: {
    flag: '标记复核',
    flagged: '已标记复核',
    hint: '标记后，该题会列入“$t(workspace.nav.review)”的待复核清单'
  },
  carriedOver: {
    notice: '沿用上期，请确认',
    detail: '本题作答沿用上一期评估，请核实后确认；修改作答也视为确认。',
    confirm: '确认沿用'
  },
  issues: {
    error: '错误',
    warning: '提示'
  },
  keyboard: {
    title: '键盘快捷键',
    advanceOn: '答后前进：已开启。',
    advanceOnDetail:
      '按答案键作答后，焦点自动移到下一道待答题（跳过已答和隐藏的题）；本部分答完后进入下一部分。可在“$t(nav.settings)”中关闭。',
    advanceOff: '答后前进：已关闭。',
    advanceOffDetail: '作答后焦点留在当前题，按 J 前往下一题。可在“$t(nav.settings)”中开启。',
    intro: '在文本框中输入时快捷键不生效；按 Esc 离开文本框后即可使用。',
    keys: {
      level: '选择成熟度等级（当前题）',
      yesPartialNo: '选择“是 / 部分 / 否”',
      choice: '选择单选题的第 1–9 个选项',
      na: '标记“不适用”并填写理由',
      next: '下一题 / 上一题',
      section: '下一部分 / 上一部分',
      flag: '标记或取消标记复核',
      help: '打开本帮助',
      enter:
        '进入填空题的输入框；在输入框中按 Enter（多行文本按 Ctrl + Enter）保存，并前往下一道待答题',
      leave: '离开文本框'
    }
  }
} as const

export const enUS = {
  title: 'Questionnaire',
  section: {
    kind: {
      section: 'Section',
      process: 'Core process'
    },
    provisional: 'Provisional',
    provisionalNote:
      'This process is not yet confirmed by the public text of the standard. Its questions and weights are provisional and may change when the standard is published.',
    progress: '{{done}} of {{total}} answered',
    score: 'Section score {{score}}',
    hidden:
      '{{count}} more question(s) are hidden because earlier answers make them irrelevant. Their answers are kept but not counted in the score or completion.',
    previous: 'Previous: {{name}}',
    next: 'Next: {{name}}',
    toFactors: 'Next: $t(workspace.nav.factors)',
    shortcuts: 'Shortcuts'
  },
  question: {
    weight: 'Weight {{weight}}',
    critical: 'Critical',
    optional: 'Optional',
    source: {
      F: 'Found',
      I: 'Inferred',
      P: 'Proposed'
    },
    sourceHint: {
      F: 'Found in a public standard or regulatory document',
      I: 'Inferred from public material',
      P: 'Proposed by the bank authors for the assessment'
    },
    references: 'References: {{list}}',
    listSeparator: '; ',
    guidance: 'Guidance',
    score: 'Score {{score}}'
  },
  answer: {
    yes: 'Yes',
    partial: 'Partially',
    no: 'No',
    na: 'N/A',
    levelName: 'Level {{level}}',
    choose: 'Choose one',
    exclusiveHint: 'Excludes the other options',
    numberRange: 'Range {{min}} – {{max}}',
    numberMin: 'At least {{min}}',
    numberMax: 'At most {{max}}',
    integer: 'Whole number',
    percentHint: '0 – 100',
    notANumber: 'Enter a number',
    textPlaceholder: 'Type your answer',
    evidenceOnly:
      'This question is answered with evidence: add a file or a written reference below.',
    naJustification: 'Why not applicable',
    naPlaceholder: 'Explain why this question does not apply to the firm (required)'
  },
  comment: {
    label: 'Comment',
    add: 'Add a comment',
    placeholder: 'Interview notes, observations on site or the reasoning behind the rating'
  },
  evidence: {
    title: 'Evidence',
    count: 'Evidence {{count}}',
    addFile: 'Attach a file',
    addReference: 'Written reference',
    remove: 'Remove',
    download: 'Download',
    editDetails: 'Date and caption',
    date: 'Evidence date',
    dateShown: 'Dated {{date}}',
    caption: 'Caption',
    captionPlaceholder: 'What it shows, e.g. monitoring console on 30 June, all alerts closed',
    pasteHint:
      'You can also paste a screenshot onto this question (Ctrl+V) or drop several files on it',
    empty: 'No evidence yet',
    fileMeta: '{{size}} · SHA-256 {{hash}}',
    tooLarge:
      'The file “{{name}}” is {{size}}, above the limit of {{limit}} per file. Record it as a written reference instead: document name, location, page or interviewee.',
    added: 'Evidence “{{name}}” added',
    removed: 'Evidence “{{name}}” removed',
    failed: 'The evidence was not saved: {{message}}',
    reference: {
      title: 'Add a written reference',
      intro:
        'Large or confidential material need not be attached: record where it is, so a reviewer can consult the original.',
      name: 'Document or material',
      namePlaceholder: 'e.g. Contingency plan (2025 edition)',
      nameRequired: 'Enter the document or material',
      location: 'Location',
      locationPlaceholder: 'e.g. operations platform / policy library / paper archive',
      page: 'Page or chapter',
      interviewee: 'Interviewee',
      intervieweePlaceholder: 'e.g. Ms Wang, IT operations',
      note: 'Note',
      save: 'Add',
      cancel: 'Cancel'
    },
    kinds: {
      file: 'File',
      reference: 'Reference'
    },
    referenceMeta: {
      location: 'Location: {{value}}',
      page: 'Page: {{value}}',
      interviewee: 'Interviewee: {{value}}'
    }
  },
  flag: {
    flag: 'Flag for review',
    flagged: 'Flagged for review',
    hint: 'Flagged questions are listed for the reviewer under $t(workspace.nav.review)'
  },
  carriedOver: {
    notice: 'Carried over — confirm',
    detail:
      'This answer was carried over from the previous period. Check it and confirm; changing the answer also confirms it.',
    confirm: 'Confirm'
  },
  issues: {
    error: 'Error',
    warning: 'Warning'
  },
  keyboard: {
    title: 'Keyboard shortcuts',
    advanceOn: 'Answer and advance is on.',
    advanceOnDetail:
      'After an answer key, focus moves to the next question still needing an answer (answered and hidden ones are skipped), and on to the next section at the end of this one. You can turn it off under $t(nav.settings).',
    advanceOff: 'Answer and advance is off.',
    advanceOffDetail:
      'After an answer, focus stays on the question; press J for the next one. You can turn it on under $t(nav.settings).',
    intro: 'Shortcuts are off while you type in a text field; press Esc to leave the field.',
    keys: {
      level: 'Pick a maturity level (current question)',
      yesPartialNo: 'Pick yes / partially / no',
      choice: 'Pick option 1–9 of a single-choice question',
      na: 'Mark not applicable and write the justification',
      next: 'Next / previous question',
      section: 'Next / previous section',
      flag: 'Flag or unflag for review',
      help: 'Open this help',
      enter:
        'Go into the field of a typed question; there, Enter (Ctrl + Enter in multi-line text) saves it and moves to the next open question',
      leave: 'Leave a text field'
    }
  }
} as const
