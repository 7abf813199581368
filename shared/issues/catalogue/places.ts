import type { IssueTexts } from './texts'

/**
 * How a problem's place reads (issues/describe.ts): a workbook cell, row, column or sheet; a part
 * of a package or backup and a field in it; a line and column of a text file; the file as a whole.
 */
export const PLACE_TEXTS = {
  cell: {
    'zh-CN': '工作表「{{sheet}}」第 {{row}} 行 {{column}} 列（{{header}}）',
    'en-US': '{{sheet}}!{{column}}{{row}} ({{header}})'
  },
  row: {
    'zh-CN': '工作表「{{sheet}}」第 {{row}} 行（{{header}}）',
    'en-US': '{{sheet}} row {{row}} ({{header}})'
  },
  cellOnly: {
    'zh-CN': '工作表「{{sheet}}」第 {{row}} 行 {{column}} 列',
    'en-US': '{{sheet}}!{{column}}{{row}}'
  },
  rowOnly: { 'zh-CN': '工作表「{{sheet}}」第 {{row}} 行', 'en-US': '{{sheet}} row {{row}}' },
  header: { 'zh-CN': '工作表「{{sheet}}」表头', 'en-US': '{{sheet}} (header)' },
  sheet: { 'zh-CN': '工作表「{{sheet}}」', 'en-US': 'sheet {{sheet}}' },
  workbook: { 'zh-CN': '整个工作簿', 'en-US': 'the workbook' },
  file: { 'zh-CN': '整个文件', 'en-US': 'the file as a whole' },
  field: { 'zh-CN': '字段 {{field}}', 'en-US': '{{field}}' },
  part: { 'zh-CN': '文件 {{part}}', 'en-US': '{{part}}' },
  partField: { 'zh-CN': '文件 {{part}} 的字段 {{field}}', 'en-US': '{{part}}: {{field}}' },
  line: { 'zh-CN': '第 {{line}} 行第 {{column}} 列', 'en-US': 'line {{line}}, column {{column}}' },
  partLine: {
    'zh-CN': '文件 {{part}} 第 {{line}} 行第 {{column}} 列',
    'en-US': '{{part}}: line {{line}}, column {{column}}'
  }
} satisfies Record<string, IssueTexts>
