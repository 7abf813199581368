import { CONFIDENTIALITY_WORDS } from '@shared/assessment/confidentiality'

/** Messages of the scored Excel report export (features/report). */
export const zhCN = {
  export: '导出评估报告',
  exportSelectedNone: '导出报告（请先勾选评估）',
  exportSelectedOne: '导出所选评估的报告',
  exportConsolidated: '导出 {{count}} 份评估的汇总报告',
  progress: '正在计分 {{done}}/{{total}}',
  exported: '评估报告已导出',
  exportedTo: '评估报告已保存到 {{path}}',
  exportFailed: '评估报告未能导出：{{message}}',
  missing: '评估（编号 {{id}}）已不存在',
  bankMissing:
    '“{{institution}}”所用的题库 {{bank}} 未安装或内容不同，请先在“$t(nav.banks)”页面导入该题库',
  formats: { xlsx: 'Excel 工作簿（计分明细）', docx: 'Word 评估报告', pdf: 'PDF 评估报告' },
  protectedFormats: { xlsx: 'Excel 工作簿，设打开口令…', docx: 'Word 评估报告，设打开口令…' },
  exportChoose: '导出评估报告：请选择格式',
  print: {
    back: '返回评估',
    print: '打印 / 另存为 PDF',
    hint: '在打印对话框中选择“另存为 PDF”，纸张 A4；页眉、页码与横向页面已包含在版式中。'
  },
  screen: {
    title: '评估报告',
    intro:
      '正式评估报告（Word / PDF）中得分、等级、问题清单等均由评估结果自动生成；这里填写报告编号、密级，以及评估概述、评估结论和整改建议引言。未填写的部分使用根据评估结果自动生成的文字。输入即自动保存，并记入变更记录。',
    narrative: '报告正文',
    readOnly: '评估已定稿：报告内容只读。如需修改，请先在“$t(workspace.nav.review)”中重新打开评估。'
  },
  fields: {
    title: '报告编号与密级',
    number: '报告编号',
    numberHelp: '留空时使用默认编号 {{number}}',
    numberTooLong: '报告编号最多 64 个字符',
    confidentiality: '密级',
    confidentialityHelp: '印在报告封面和每页页眉、导出工作簿的每个工作表，并显示在评估页顶部'
  },
  confidentiality: CONFIDENTIALITY_WORDS['zh-CN'],
  narrative: {
    parts: {
      overview: '评估概述',
      conclusion: '评估结论',
      recommendations: '整改建议（引言）'
    },
    written: '已编写',
    generated: '自动生成',
    useGenerated: '改用自动生成的文字'
  }
} as const

export const enUS = {
  export: 'Export report',
  exportSelectedNone: 'Export report (select assessments first)',
  exportSelectedOne: 'Export report of the selected assessment',
  exportConsolidated: 'Export consolidated report of {{count}} assessments',
  progress: 'Scoring {{done}}/{{total}}',
  exported: 'Report exported',
  exportedTo: 'Report saved to {{path}}',
  exportFailed: 'The report could not be exported: {{message}}',
  missing: 'The assessment (ID {{id}}) no longer exists',
  bankMissing:
    'The bank {{bank}} used by “{{institution}}” is not installed (or its content differs); import it on the $t(nav.banks) page first',
  formats: {
    xlsx: 'Excel workbook (scored details)',
    docx: 'Word report',
    pdf: 'PDF report'
  },
  protectedFormats: {
    xlsx: 'Excel workbook, with a password to open…',
    docx: 'Word report, with a password to open…'
  },
  exportChoose: 'Export report: choose a format',
  print: {
    back: 'Back to the assessment',
    print: 'Print / Save as PDF',
    hint: 'In the print dialog choose “Save as PDF”, paper A4; the header, page numbers and landscape pages are part of the layout.'
  },
  screen: {
    title: 'Report',
    intro:
      'The report of record (Word / PDF) takes its scores, levels and findings from the results; here you set its number and confidentiality label and write the overview, the conclusion and the introduction to the recommendations. A part left empty uses text generated from the results. Typing saves and is recorded in the audit log.',
    narrative: 'Report text',
    readOnly:
      'The assessment is finalized: the report text is read-only. Reopen it on $t(workspace.nav.review) to change it.'
  },
  fields: {
    title: 'Report number and confidentiality',
    number: 'Report number',
    numberHelp: 'Left empty, the report uses {{number}}',
    numberTooLong: 'A report number has at most 64 characters',
    confidentiality: 'Confidentiality',
    confidentialityHelp:
      'Printed on the cover and every page header of the report and on every sheet of the exported workbooks; shown at the top of the assessment'
  },
  confidentiality: CONFIDENTIALITY_WORDS['en-US'],
  narrative: {
    parts: {
      overview: 'Overview',
      conclusion: 'Conclusion',
      recommendations: 'Recommendations (introduction)'
    },
    written: 'written',
    generated: 'generated',
    useGenerated: 'Use the generated text'
  }
} as const
