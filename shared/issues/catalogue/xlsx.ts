import type { IssueTexts } from './texts'

/**
 * The gate every workbook passes before exceljs opens it (shared/xlsx): what is not a workbook,
 * macros, encryption, huge ranges, and what exceljs could not read. The zip checks are zip.*.
 */
export const xlsxIssues = {
  notZip: {
    'zh-CN': '不是 .xlsx 工作簿（文件开头不是 zip 格式）',
    'en-US': 'not an .xlsx workbook (it does not start like a zip file)'
  },
  notWorkbook: {
    'zh-CN': '不是 .xlsx 工作簿（缺少 [Content_Types].xml）',
    'en-US': 'not an .xlsx workbook ([Content_Types].xml is missing)'
  },
  macros: {
    'zh-CN': '工作簿含有宏（.xlsm）：请另存为普通 .xlsx 工作簿',
    'en-US': 'the workbook contains macros (.xlsm); save it as a plain .xlsx workbook'
  },
  encrypted: {
    'zh-CN': '工作簿已加密或为旧版 .xls 格式：请取消密码并另存为普通 .xlsx 工作簿',
    'en-US':
      'the workbook is encrypted or in the old .xls format; save it as a plain .xlsx workbook without a password'
  },
  unreadable: {
    'zh-CN': '无法作为 .xlsx 工作簿读取：{{detail}}',
    'en-US': 'cannot be read as an .xlsx workbook: {{detail}}'
  },
  validations: {
    'zh-CN': '{{part}}：下拉列表或数据验证覆盖 {{cells}} 个单元格，最多读取 {{max}} 个',
    'en-US':
      '{{part}}: drop-down lists or validations cover {{cells}} cells; at most {{max}} are read'
  },
  merged: {
    'zh-CN': '{{part}}：合并单元格覆盖 {{cells}} 个单元格，最多读取 {{max}} 个',
    'en-US': '{{part}}: merged cells cover {{cells}} cells; at most {{max}} are read'
  },
  named: {
    'zh-CN': '名称区域（打印区域、筛选）覆盖 {{cells}} 个单元格，最多读取 {{max}} 个',
    'en-US': 'named ranges (print areas, filters) cover {{cells}} cells; at most {{max}} are read'
  }
} satisfies Record<string, IssueTexts>
