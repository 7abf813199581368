/** Messages of 升级题库 / Upgrade bank: moving an open assessment to another version of its bank. */
export const zhCN = {
  title: '升级题库',
  intro:
    '将本评估迁移到同一题库的另一版本。确认前不会改变任何内容：下表列出新增、删除和变更的题目与评价要素，以及每项作答的去向。无法沿用的作答连同原值记入操作日志，不会被悄悄丢弃。',
  current: '当前题库：{{id}} {{version}}',
  target: '升级到',
  noTarget: '没有已安装的该题库更新版本。可在“$t(nav.banks)”页面导入新版本。',
  finalized: '已定稿的评估不会被修改。如需使用新版本，请先将其复制为新的草稿，再升级草稿。',
  readOnly: '该评估不可修改（已定稿或在回收站中）。',
  noop: '评估已使用该题库版本，无需升级。',
  refused: '无法升级：{{reason}}',
  refusals: {
    otherBank: '所选题库（{{bank}}）不是本评估使用的题库（{{assessmentBank}}）',
    wrongSource: '本评估使用的题库版本未安装',
    finalized: '评估已定稿'
  },
  scores: '总分',
  scoreBefore: '升级前（{{version}}）',
  scoreAfter: '升级后（{{version}}）',
  noScore: '—',
  counts: {
    carried: '原样沿用',
    confirm: '沿用，请确认',
    notCarried: '无法沿用'
  },
  itemsTitle: '题目与评价要素的变化',
  itemCounts: '新增 {{added}}，删除 {{removed}}，移动 {{moved}}，变更 {{changed}}',
  noItemChanges: '题目与评价要素没有变化。',
  fatesTitle: '作答去向',
  columns: {
    kind: '类别',
    id: '编号',
    to: '新版本中',
    outcome: '去向',
    reason: '原因',
    change: '变化',
    section: '所在部分',
    aspects: '变化内容'
  },
  kinds: { question: '题目', factor: '评价要素', finding: '发现' },
  changes: { added: '新增', removed: '删除', moved: '移动', changed: '变更', same: '不变' },
  aspects: {
    text: '文字',
    type: '题型',
    options: '选项',
    weight: '权重',
    scoring: '计分',
    critical: '关键项',
    limits: '取值范围',
    guidance: '指引',
    inputs: '输入项',
    formula: '公式',
    perSystem: '按系统填报',
    redLines: '红线'
  },
  reasons: {
    bankSaysConfirm: '新版本要求确认',
    translated: '选项已按新版本转换',
    questionChanged: '题目已变更',
    merged: '多题合并为一题',
    factorChanged: '评价要素已变更',
    inputsDropped: '部分输入项在新版本中没有对应项',
    removed: '新版本已删除该项',
    invalidValue: '原作答不符合新题目',
    naNotAllowed: '新题目不允许“不适用”',
    mergedAway: '合并题已由另一作答沿用',
    nowPerSystem: '新版本按系统填报，原汇总数据无法分配到各系统',
    noLongerPerSystem: '新版本不再按系统填报',
    noInputs: '输入项在新版本中均无对应项'
  },
  apply: '确认升级',
  applyConfirm: '将评估升级到 {{version}}？',
  applyDetail:
    '沿用 {{carried}} 项，需确认 {{confirm}} 项，无法沿用 {{notCarried}} 项（原值记入操作日志）。在此之后没有其他修改前，可以撤销。',
  applyOk: '升级',
  cancel: '取消',
  applied: '已升级到 {{version}}；标为“请确认”的作答请逐项复核',
  applyFailed: '未能升级：{{message}}',
  undoTitle: '上一次升级题库',
  undoText: '评估于 {{at}} 由 {{by}} 从 {{from}} 升级到 {{to}}。此后没有其他修改，可以撤销。',
  undo: '撤销升级',
  undone: '已撤销升级，评估恢复为 {{version}}',
  undoFailed: '未能撤销：{{message}}'
}

export const enUS: typeof zhCN = {
  title: 'Upgrade bank',
  intro:
    'Moves this assessment to another version of its bank. Nothing changes until you confirm: the tables list the questions and factors added, removed and changed, and what happens to every answer. Answers that cannot carry are kept in the audit log with their old values, never silently dropped.',
  current: 'Current bank: {{id}} {{version}}',
  target: 'Upgrade to',
  noTarget:
    'No newer version of this bank is installed. Import a new version on the $t(nav.banks) screen.',
  finalized:
    'A finalized assessment is never changed. To use the new version, duplicate it as a new draft and upgrade the draft.',
  readOnly: 'This assessment cannot be changed (finalized or in the trash).',
  noop: 'The assessment already uses this bank version; nothing to upgrade.',
  refused: 'Cannot upgrade: {{reason}}',
  refusals: {
    otherBank: 'the chosen bank ({{bank}}) is not the bank of this assessment ({{assessmentBank}})',
    wrongSource: 'the bank version this assessment uses is not installed',
    finalized: 'the assessment is finalized'
  },
  scores: 'Overall score',
  scoreBefore: 'Before ({{version}})',
  scoreAfter: 'After ({{version}})',
  noScore: '—',
  counts: {
    carried: 'Carried over as they are',
    confirm: 'Carried over, please confirm',
    notCarried: 'Cannot carry'
  },
  itemsTitle: 'Questions and factors',
  itemCounts: '{{added}} added, {{removed}} removed, {{moved}} moved, {{changed}} changed',
  noItemChanges: 'No question or factor changes.',
  fatesTitle: 'Where the answers go',
  columns: {
    kind: 'Kind',
    id: 'Id',
    to: 'In the new version',
    outcome: 'Outcome',
    reason: 'Reason',
    change: 'Change',
    section: 'Section',
    aspects: 'What changed'
  },
  kinds: { question: 'Question', factor: 'Factor', finding: 'Finding' },
  changes: {
    added: 'Added',
    removed: 'Removed',
    moved: 'Moved',
    changed: 'Changed',
    same: 'Same'
  },
  aspects: {
    text: 'text',
    type: 'type',
    options: 'options',
    weight: 'weight',
    scoring: 'scoring',
    critical: 'critical',
    limits: 'limits',
    guidance: 'guidance',
    inputs: 'inputs',
    formula: 'formula',
    perSystem: 'per system',
    redLines: 'red lines'
  },
  reasons: {
    bankSaysConfirm: 'the new version asks to confirm',
    translated: 'options translated to the new version',
    questionChanged: 'the question changed',
    merged: 'several questions merged into one',
    factorChanged: 'the factor changed',
    inputsDropped: 'some inputs have no counterpart in the new version',
    removed: 'removed in the new version',
    invalidValue: 'the answer does not fit the new question',
    naNotAllowed: 'the new question does not allow N/A',
    mergedAway: 'another answer of the merged question carries',
    nowPerSystem: 'now entered per system; pooled figures cannot be shared out among systems',
    noLongerPerSystem: 'no longer entered per system',
    noInputs: 'no input has a counterpart in the new version'
  },
  apply: 'Confirm upgrade',
  applyConfirm: 'Upgrade the assessment to {{version}}?',
  applyDetail:
    '{{carried}} carried, {{confirm}} to confirm, {{notCarried}} cannot carry (old values kept in the audit log). You can undo until something else changes.',
  applyOk: 'Upgrade',
  cancel: 'Cancel',
  applied: 'Upgraded to {{version}}; review each answer marked please confirm',
  applyFailed: 'Could not upgrade: {{message}}',
  undoTitle: 'Last bank upgrade',
  undoText:
    'Upgraded from {{from}} to {{to}} by {{by}} at {{at}}. Nothing has changed since, so it can be undone.',
  undo: 'Undo upgrade',
  undone: 'Upgrade undone; the assessment is back on {{version}}',
  undoFailed: 'Could not undo: {{message}}'
}
