import { bilingual, type IssueTexts } from './texts'

/**
 * The gate every workbook passes before exceljs opens it (shared/xlsx): what is not a workbook,
 * macros, encryption, huge ranges, and what exceljs could not read. The zip checks are zip.*.
 */
export const xlsxIssues = {
  notZip: bilingual(
    '不是 .xlsx 工作簿（文件开头不是 zip 格式）',
    'not an .xlsx workbook (it does not start like a zip file)'
  ),
  notWorkbook: bilingual(
    '不是 .xlsx 工作簿（缺少 [Content_Types].xml）',
    'not an .xlsx workbook ([Content_Types].xml is missing)'
  ),
  macros: bilingual(
    '工作簿含有宏（.xlsm）：请另存为普通 .xlsx 工作簿',
    'the workbook contains macros (.xlsm); save it as a plain .xlsx workbook'
  ),
  encrypted: bilingual(
    '工作簿已加密或为旧版 .xls 格式：请取消密码并另存为普通 .xlsx 工作簿',
    'the workbook is encrypted or in the old .xls format; save it as a plain .xlsx workbook without a password'
  ),
  unreadable: bilingual(
    '无法作为 .xlsx 工作簿读取：{{detail}}',
    'cannot be read as an .xlsx workbook: {{detail}}'
  ),
  doctype: bilingual(
    '工作簿的 XML 部件声明了 DTD（<!DOCTYPE>）：正常工作簿从不这样做（可被用于实体膨胀攻击）',
    'an XML part of the workbook declares a DTD (<!DOCTYPE>), which a real workbook never does (entity expansion)'
  ),
  rows: bilingual(
    '工作簿共有 {{count}} 行，超过可读取的上限 {{max}} 行',
    'the workbook has {{count}} rows; at most {{max}} can be read'
  ),
  cells: bilingual(
    '工作簿共有 {{count}} 个单元格，超过可读取的上限 {{max}} 个',
    'the workbook has {{count}} cells; at most {{max}} can be read'
  ),
  strings: bilingual(
    '工作簿共有 {{count}} 个共享文本，超过可读取的上限 {{max}} 个',
    'the workbook has {{count}} shared texts; at most {{max}} can be read'
  ),
  comments: bilingual(
    '工作簿共有 {{count}} 条批注，超过可读取的上限 {{max}} 条',
    'the workbook has {{count}} cell notes; at most {{max}} can be read'
  ),
  merged: bilingual(
    '合并单元格共覆盖 {{count}} 个单元格，超过可读取的上限 {{max}} 个',
    'merged cells cover {{count}} cells; at most {{max}} can be read'
  ),
  named: bilingual(
    '名称区域（打印区域、筛选）覆盖 {{count}} 个单元格，超过可读取的上限 {{max}} 个',
    'named ranges (print areas, filters) cover {{count}} cells; at most {{max}} can be read'
  )
} satisfies Record<string, IssueTexts>
