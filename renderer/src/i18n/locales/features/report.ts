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
  narrative: {
    parts: {
      overview: '评估概述',
      conclusion: '评估结论',
      recommendations: '整改建议（引言）'
    }
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
  narrative: {
    parts: {
      overview: 'Overview',
      conclusion: 'Conclusion',
      recommendations: 'Recommendations (introduction)'
    }
  }
} as const
