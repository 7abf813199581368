import { bilingual, type IssueTexts } from './texts'

/**
 * How a problem's place reads (issues/describe.ts): a workbook cell, row, column or sheet; a part
 * of a package or backup and a field in it; a line and column of a text file; the file as a whole.
 */
export const PLACE_TEXTS = {
  cell: bilingual(
    '工作表「{{sheet}}」第 {{row}} 行 {{column}} 列（{{header}}）',
    '{{sheet}}!{{column}}{{row}} ({{header}})'
  ),
  row: bilingual(
    '工作表「{{sheet}}」第 {{row}} 行（{{header}}）',
    '{{sheet}} row {{row}} ({{header}})'
  ),
  cellOnly: bilingual(
    '工作表「{{sheet}}」第 {{row}} 行 {{column}} 列',
    '{{sheet}}!{{column}}{{row}}'
  ),
  rowOnly: bilingual('工作表「{{sheet}}」第 {{row}} 行', '{{sheet}} row {{row}}'),
  header: bilingual('工作表「{{sheet}}」表头', '{{sheet}} (header)'),
  sheet: bilingual('工作表「{{sheet}}」', 'sheet {{sheet}}'),
  workbook: bilingual('整个工作簿', 'the workbook'),
  file: bilingual('整个文件', 'the file as a whole'),
  field: bilingual('字段 {{field}}', '{{field}}'),
  part: bilingual('文件 {{part}}', '{{part}}'),
  partField: bilingual('文件 {{part}} 的字段 {{field}}', '{{part}}: {{field}}'),
  line: bilingual('第 {{line}} 行第 {{column}} 列', 'line {{line}}, column {{column}}'),
  partLine: bilingual(
    '文件 {{part}} 第 {{line}} 行第 {{column}} 列',
    '{{part}}: line {{line}}, column {{column}}'
  )
} satisfies Record<string, IssueTexts>
