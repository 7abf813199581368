import type { IssueTexts } from './texts'

/** The gate every workbook passes before exceljs opens it (zip directory, macros, bombs, huge ranges). */
export const xlsxIssues = {
  tooBig: {
    'zh-CN': '文件大小为 {{size}} 字节，超过 Excel 表格允许的上限 {{max}} 字节',
    'en-US': 'the file is {{size}} bytes; a form may be at most {{max}}'
  },
  notZip: {
    'zh-CN': '不是 .xlsx 工作簿（文件开头不是 zip 格式）',
    'en-US': 'not an .xlsx workbook (it does not start like a zip file)'
  },
  noDirectory: {
    'zh-CN': '缺少 zip 目录：文件已截断或不是 zip 文件',
    'en-US': 'the zip directory is missing (the file is truncated or not a zip)'
  },
  zip64: {
    'zh-CN': '文件为 ZIP64 格式，远超 Excel 表格应有的大小',
    'en-US': 'a ZIP64 archive; a form is far smaller than that'
  },
  split: {
    'zh-CN': '无法读取分卷 zip 文件',
    'en-US': 'a multi-disk (split) zip cannot be read'
  },
  tooManyEntries: {
    'zh-CN': '文件包含 {{count}} 个条目，.xlsx 表格最多 {{max}} 个',
    'en-US': 'holds {{count}} files; an .xlsx form holds at most {{max}}'
  },
  directoryDamaged: {
    'zh-CN': 'zip 目录已损坏',
    'en-US': 'the zip directory is damaged'
  },
  outside: {
    'zh-CN': 'zip 条目 {{name}} 指向压缩包之外的位置',
    'en-US': 'the zip entry {{name}} points outside the archive'
  },
  macros: {
    'zh-CN': '工作簿含有宏（.xlsm）：请另存为普通 .xlsx 工作簿',
    'en-US': 'the workbook contains macros (.xlsm); save it as a plain .xlsx workbook'
  },
  encrypted: {
    'zh-CN': '工作簿已加密：请取消密码后另存',
    'en-US': 'the workbook is encrypted; save it without a password'
  },
  method: {
    'zh-CN': 'zip 条目 {{name}} 使用了不支持的压缩方式 {{method}}',
    'en-US': 'the zip entry {{name}} uses an unsupported compression method {{method}}'
  },
  entryTwice: {
    'zh-CN': 'zip 条目 {{name}} 出现了两次',
    'en-US': 'the zip entry {{name}} appears twice'
  },
  entryDamaged: {
    'zh-CN': 'zip 条目 {{name}} 已损坏',
    'en-US': 'the zip entry {{name}} is damaged'
  },
  entryTruncated: {
    'zh-CN': 'zip 条目 {{name}} 已截断',
    'en-US': 'the zip entry {{name}} is truncated'
  },
  bomb: {
    'zh-CN': '工作簿解压后超过 {{max}} 字节（疑似压缩炸弹）',
    'en-US': 'the workbook unpacks to more than {{max}} bytes (a zip bomb?)'
  },
  sizeMismatch: {
    'zh-CN': 'zip 条目 {{name}} 解压后为 {{size}} 字节，与声明的 {{declared}} 字节不符',
    'en-US': 'the zip entry {{name}} unpacks to {{size}} bytes but declares {{declared}}'
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
