import { bilingual, type IssueTexts } from './texts'

/**
 * The firm's registers (shared/registers): 系统清单, 故障台账, 变更台账, 演练台账, 压测台账 read from
 * a workbook or a CSV file. Each problem is placed at its sheet, row and column.
 */
export const registerIssues = {
  required: bilingual('必填项为空', 'required, but empty'),
  requiredColumn: bilingual(
    '缺少必需的列「{{column}}」',
    'the required column {{column}} is missing'
  ),
  duplicateColumn: bilingual(
    '列「{{column}}」出现了两次（另一次在 {{other}} 列）',
    'the column {{column}} appears twice (also in column {{other}})'
  ),
  noHeader: bilingual(
    '前 {{rows}} 行中找不到表头（应包含：{{columns}}）',
    'no header row in the first {{rows}} rows (it should hold {{columns}})'
  ),
  noRegisters: bilingual(
    '文件中没有可识别的台账：工作表应命名为 {{sheets}} 之一',
    'the file holds no register: a sheet should be named one of {{sheets}}'
  ),
  csvKind: bilingual(
    '无法判断 CSV 是哪种台账：表头应包含某种台账的必需列（如 {{example}}）',
    'cannot tell which register this CSV file is: its header should hold the required columns of one (e.g. {{example}})'
  ),
  csvQuote: bilingual(
    '第 {{line}} 行的引号没有闭合',
    'the quote opened on line {{line}} is never closed'
  ),
  csvEncoding: bilingual(
    '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本',
    'the file is neither UTF-8 nor GB18030/GBK text'
  ),
  tooLarge: bilingual(
    '文件大小 {{size}} MiB，超过台账文件的上限 {{max}} MiB',
    'the file is {{size}} MiB; a register file may be at most {{max}} MiB'
  ),
  tooManyRows: bilingual(
    '共 {{count}} 行，超过一个台账可读取的上限 {{max}} 行',
    'holds {{count}} rows; a register may hold at most {{max}}'
  ),
  tooLargeToSave: bilingual(
    '台账共 {{rows}} 行，随评估保存需 {{size}} MiB，超过一份评估的台账可保存的上限 {{max}} MiB（评估文件、评估包和备份的同一部分至多 32 MiB）：请按评估期筛选或拆分后再导入',
    'the registers hold {{rows}} rows, {{size}} MiB when saved with the assessment, over the {{max}} MiB an assessment’s registers may take (a part of an assessment file, package or backup holds at most 32 MiB): filter to the assessment period or split before importing'
  ),
  tooManyColumns: bilingual(
    '共 {{count}} 列，超过一个台账可读取的上限 {{max}} 列',
    'holds {{count}} columns; a register may hold at most {{max}}'
  ),
  notRegisterFile: bilingual(
    '{{name}} 不是台账文件：请使用 .xlsx 工作簿或 .csv 文件',
    '{{name}} is not a register file; use an .xlsx workbook or a .csv file'
  ),
  tooLong: bilingual(
    '共 {{length}} 个字符，最多 {{maximum}} 个字符',
    'holds {{length}} characters; at most {{maximum}}'
  ),
  notChoice: bilingual(
    '{{value}} 不是可选值之一：{{choices}}',
    '{{value}} is not one of {{choices}}'
  ),
  notYesNo: bilingual(
    '应为 是/否（也接受 Y/N、yes/no、TRUE/FALSE、1/0），实际填写 {{value}}',
    'must be 是/否 (or Y/N, yes/no, TRUE/FALSE, 1/0), got {{value}}'
  ),
  notDateTime: bilingual(
    '应为日期时间（如 2026-03-05 09:30），实际填写 {{value}}',
    'must be a date and time (e.g. 2026-03-05 09:30), got {{value}}'
  ),
  notNumber: bilingual('应为数字，实际填写 {{value}}', 'must be a number, got {{value}}'),
  negative: bilingual('不能为负数，实际填写 {{value}}', 'must not be negative, got {{value}}'),
  notCount: bilingual(
    '应为整数（个数），实际填写 {{value}}',
    'must be a whole number (a count), got {{value}}'
  ),
  formulaNoValue: bilingual(
    '单元格是公式但没有计算结果：请在 Excel 中重新计算后保存，或填写数值',
    'the cell holds a formula without a computed value; recalculate and save in Excel, or type the value'
  ),
  duplicateId: bilingual(
    '编号 {{id}} 重复（首次出现在第 {{first}} 行）',
    'the number {{id}} appears twice (first in row {{first}})'
  ),
  timeOrder: bilingual('{{later}}早于{{earlier}}', '{{later}} is before {{earlier}}'),
  closedOverDue: bilingual(
    '按期关闭改进项数 {{closed}} 大于改进项数 {{due}}',
    'actions closed on time ({{closed}}) exceed the improvement actions ({{due}})'
  ),
  unknownMapping: bilingual(
    '列映射指向不存在的列「{{field}}」',
    'the column mapping names an unknown column {{field}}'
  )
} satisfies Record<string, IssueTexts>
