/** Messages of the settings screen. */
export const zhCN = {
  title: '$t(nav.settings)',
  intro:
    '界面语言、评估人员姓名、证据文件大小上限、答后前进与本机存储状态。修改即时生效并自动保存。',
  review: {
    title: '分级复核',
    count: '复核层级数',
    countHelp:
      '1 级：定稿即签署；2–3 级：各级依次签署（如 编制 → 复核 → 审定），最后一级的签署即定稿。已开始复核的评估沿用其开始时的层级。',
    single: '1 级（直接定稿）',
    levels: '{{count}} 级',
    name: '第 {{level}} 级名称',
    signers: '可签署人员（留空则不限，但同一人不能签两级）',
    defaultNames: ['编制', '复核', '审定']
  },
  report: {
    title: '评估报告',
    pattern: '新评估的报告编号格式',
    patternHelp:
      '{year} 为评估期末年份，{seq} 为本机该年度评估的序号（001 起），{id} 为评估编号前 8 位；例如：{{example}}。',
    confidentiality: '新评估报告的默认密级',
    confidentialityHelp: '每份评估可在“评估报告”页面单独修改。'
  },
  general: {
    title: '常规',
    language: '界面语言',
    assessorName: '评估人员姓名',
    assessorNameHelp: '新建评估时默认填入，并作为作答、复核与定稿记录的署名。',
    assessorNamePlaceholder: '例如：张伟',
    unnamedAssessor: '未署名评估人员',
    maxEvidence: '单个证据文件上限',
    maxEvidenceHelp:
      '超过上限的文件不作为附件保存，可改为登记书面引用（文件名、存放位置、页码或访谈对象）。',
    maxEvidenceUnit: 'MB',
    answerAndAdvance: '答后前进',
    answerAndAdvanceHelp:
      '开启时，在问卷中按答案键（0–4、Y/P/N、1–9）作答后，焦点自动移到下一道待答题；关闭时焦点留在当前题。',
    saved: '已保存',
    saving: '正在保存…',
    saveFailed: '未能保存：{{message}}'
  },
  storage: {
    title: '本机存储',
    description: '评估数据仅保存在本机的应用数据库中。持久存储可防止系统在磁盘空间紧张时清除数据。',
    persisted: '持久存储',
    persistedYes: '已启用',
    persistedNo: '未启用',
    persistedUnknown: '无法确定',
    persistedNoHelp:
      '当前运行环境未授予持久存储。数据仍保存在本机，但磁盘空间严重不足时可能被系统清理，请定期导出评估文件备份。',
    usage: '已用空间',
    usageValue: '{{used}}，可用上限 {{quota}}',
    unknown: '无法获取',
    refresh: '刷新'
  },
  about: {
    title: '关于本应用',
    name: '产品名称',
    version: '版本',
    edition: '运行方式',
    os: '操作系统',
    locale: '系统区域设置',
    electron: 'Electron 版本',
    chrome: 'Chromium 版本',
    userData: '数据目录',
    loading: '正在读取应用信息…',
    loadFailed: '无法读取应用信息：{{message}}'
  },
  editions: {
    electron: '桌面应用',
    browser: '浏览器'
  },
  diagnostics: {
    title: '诊断信息',
    description:
      '将应用版本、运行环境与界面语言导出为 JSON 文件，便于向技术支持反馈问题。文件不包含任何评估数据。',
    export: '导出诊断信息',
    saved: '诊断信息已保存',
    savedTo: '诊断信息已保存到 {{path}}',
    failed: '导出失败：{{message}}'
  }
} as const

export const enUS = {
  title: '$t(nav.settings)',
  intro:
    'Interface language, assessor name, the evidence file size limit, answer and advance, and the state of local storage. Changes apply at once and are saved automatically.',
  review: {
    title: 'Graded review',
    count: 'Review levels',
    countHelp:
      '1 level: finalizing is the signature; 2–3 levels: each level signs in turn (e.g. Prepared → Reviewed → Approved) and the last level’s signature finalizes. An assessment whose review has started keeps the levels it started with.',
    single: '1 level (finalize directly)',
    levels: '{{count}} levels',
    name: 'Name of level {{level}}',
    signers: 'Who may sign (empty: anyone, but nobody signs two levels)',
    defaultNames: ['Prepared', 'Reviewed', 'Approved']
  },
  report: {
    title: 'Report',
    pattern: 'Report number of new assessments',
    patternHelp:
      '{year} is the year the period ends, {seq} the number of the assessment among this machine’s of that year (001 on), {id} the first 8 characters of its id; e.g. {{example}}.',
    confidentiality: 'Default confidentiality of new reports',
    confidentialityHelp: 'Each assessment can change its own on its Report screen.'
  },
  general: {
    title: 'General',
    language: 'Interface language',
    assessorName: 'Assessor name',
    assessorNameHelp:
      'Filled in on new assessments, and recorded as who answered, reviewed and finalized.',
    assessorNamePlaceholder: 'e.g. Zhang Wei',
    unnamedAssessor: 'Unnamed assessor',
    maxEvidence: 'Evidence file size limit',
    maxEvidenceHelp:
      'Larger files are not attached; record a written reference instead (document name, location, page or interviewee).',
    maxEvidenceUnit: 'MB',
    answerAndAdvance: 'Answer and advance',
    answerAndAdvanceHelp:
      'When on, an answer key in the questionnaire (0–4, Y/P/N, 1–9) answers the question and moves focus to the next one still needing an answer; when off, focus stays on the question.',
    saved: 'Saved',
    saving: 'Saving…',
    saveFailed: 'Not saved: {{message}}'
  },
  storage: {
    title: 'Local storage',
    description:
      "Assessment data is kept only in the app's database on this computer. Persistent storage stops the system from clearing it when the disk runs low.",
    persisted: 'Persistent storage',
    persistedYes: 'Granted',
    persistedNo: 'Not granted',
    persistedUnknown: 'Cannot tell',
    persistedNoHelp:
      'This environment has not granted persistent storage. Your data is still kept on this computer, but could be cleared if the disk runs critically low; export assessment files regularly as a backup.',
    usage: 'Space used',
    usageValue: '{{used}} of up to {{quota}}',
    unknown: 'Not available',
    refresh: 'Refresh'
  },
  about: {
    title: 'About',
    name: 'Product',
    version: 'Version',
    edition: 'Running as',
    os: 'Operating system',
    locale: 'System locale',
    electron: 'Electron',
    chrome: 'Chromium',
    userData: 'Data folder',
    loading: 'Reading application information…',
    loadFailed: 'Could not read application information: {{message}}'
  },
  editions: {
    electron: 'Desktop app',
    browser: 'Browser'
  },
  diagnostics: {
    title: 'Diagnostics',
    description:
      'Export the app version, runtime environment and interface language as a JSON file to send to technical support. The file contains no assessment data.',
    export: 'Export diagnostics',
    saved: 'Diagnostics saved',
    savedTo: 'Diagnostics saved to {{path}}',
    failed: 'Export failed: {{message}}'
  }
} as const
