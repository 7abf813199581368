/** Messages of the assessment file export and import (features/assessment-file). */
export const zhCN = {
  export: '导出评估文件',
  exported: '评估文件已导出',
  exportedTo: '评估文件已保存到 {{path}}',
  exportFailed: '评估文件未能导出：{{message}}',
  import: '导入评估文件',
  imported: '已导入评估：{{institution}}',
  importedCopy:
    '本机已有同一评估（编号 {{id}}），文件已作为副本导入并分配了新编号。两份评估的合并将在后续版本中提供。',
  refusedTitle: '评估文件未导入，本机数据未作任何改动',
  bankMissing:
    '该评估所用的题库“{{id}}”{{version}} 版未安装（或内容不同）。请先在“$t(nav.banks)”页面导入该版本题库，再导入评估文件。',
  issues: '发现 {{count}} 处问题：',
  failed: '导入失败：{{message}}',
  close: '关闭',
  open: '打开评估',
  importedHint: '评估已保存到本机，可在评估列表中找到。'
} as const

export const enUS = {
  export: 'Export assessment file',
  exported: 'Assessment file exported',
  exportedTo: 'Assessment file saved to {{path}}',
  exportFailed: 'The assessment file could not be exported: {{message}}',
  import: 'Import assessment file',
  imported: 'Assessment imported: {{institution}}',
  importedCopy:
    'This assessment (id {{id}}) already exists here, so the file was imported as a copy with a new id. Merging the two comes in a later version.',
  refusedTitle: 'The assessment file was not imported; nothing on this computer was changed',
  bankMissing:
    'The bank this assessment was made with, “{{id}}” version {{version}}, is not installed (or differs). Import that bank version on the $t(nav.banks) screen first, then import the assessment file.',
  issues: '{{count}} problem(s) found:',
  failed: 'Import failed: {{message}}',
  close: 'Close',
  open: 'Open the assessment',
  importedHint: 'The assessment is stored on this computer and appears in the assessment list.'
} as const
