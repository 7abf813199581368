import { bilingual, type IssueTexts } from './texts'

/** The questionnaire fill-in workbook (questionnaire-xlsx): answer cells, ids, sheets, metadata. */
export const formIssues = {
  notOneOf: bilingual(
    '{{value}} 不是可选答案之一：{{choices}}',
    '{{value}} is not one of {{choices}}'
  ),
  maturityNotOneOf: bilingual(
    '{{value}} 不是可选等级之一：{{choices}}（0–4 级，只填前面的数字即可）',
    '{{value}} is not one of {{choices}} (a level 0–4; the leading digit is enough)'
  ),
  maturityMismatch: bilingual(
    '{{value}}：等级 {{level}} 与名称 {{name}}（第 {{named}} 级）不一致，请填写以下之一：{{choices}}',
    '{{value}}: the level {{level}} does not match the name {{name}} (level {{named}}); keep one of {{choices}}'
  ),
  multiNotOneOf: bilingual(
    '{{value}} 不是可选答案之一：{{choices}}（多个选项用“；”分隔）',
    '{{value}} is not one of {{choices}} (separate several with ；)'
  ),
  chosenTwice: bilingual('{{value}} 重复选择', '{{value}} is chosen twice'),
  exclusive: bilingual(
    '{{value}} 与其他选项互斥，不能同时选择',
    '{{value}} excludes every other option but is chosen together with others'
  ),
  textTooLong: bilingual(
    '共 {{length}} 个字符，文字答案最多 {{maximum}} 个字符',
    'holds {{length}} characters; a text answer may hold at most {{maximum}}'
  ),
  evidenceInAnswer: bilingual(
    '证据类题目在 evidence 列作答，答案单元格请留空',
    'an evidence question is answered in the evidence column; leave the answer empty'
  ),
  evidenceInAnswerNA: bilingual(
    '证据类题目在 evidence 列作答，答案单元格请留空（或填写“不适用”/ N/A）',
    'an evidence question is answered in the evidence column; leave the answer empty (or 不适用 / N/A)'
  ),
  notNumber: bilingual(
    '应为数字{{unit}}，实际填写 {{value}}',
    'must be a number{{unit}}, got {{value}}'
  ),
  notWhole: bilingual('应为整数，实际填写 {{value}}', 'must be a whole number, got {{value}}'),
  notCount: bilingual(
    '应为整数（计数），实际填写 {{value}}',
    'must be a whole number (a count), got {{value}}'
  ),
  belowMin: bilingual(
    '不能小于 {{minimum}}，实际填写 {{value}}',
    'must be at least {{minimum}}, got {{value}}'
  ),
  aboveMax: bilingual(
    '不能大于 {{maximum}}，实际填写 {{value}}',
    'must be at most {{maximum}}, got {{value}}'
  ),
  notPercentage: bilingual(
    '应为 0 到 100 之间的百分数（85 表示 85%），实际填写 {{value}}',
    'must be a percentage from 0 to 100 (85 for 85%), got {{value}}'
  ),
  invalidDate: bilingual('单元格中的日期无效', 'the cell holds an invalid date'),
  notDate: bilingual(
    '应为 YYYY-MM-DD 格式的日期，实际填写 {{value}}',
    'must be a date as YYYY-MM-DD, got {{value}}'
  ),
  notRealDate: bilingual('{{date}} 不是有效的日历日期', '{{date}} is not a real calendar date'),
  naNotAllowed: bilingual(
    '该题不允许选择“不适用”，请填写答案',
    'this question does not allow N/A (不适用); give an answer'
  ),
  naNeedsJustification: bilingual(
    '选择“不适用”时须在本单元格填写理由',
    'N/A (不适用) needs a justification in this cell'
  ),
  justificationWithoutNA: bilingual(
    '仅当答案为“不适用”时才读取理由：请清空本单元格，或将答案改为“不适用”',
    'a justification is read only when the answer is N/A (不适用); clear it or choose N/A'
  ),
  tooLong: bilingual(
    '共 {{length}} 个字符，最多 {{maximum}} 个字符',
    'holds {{length}} characters; at most {{maximum}}'
  ),
  unknownFile: bilingual(
    '{{name}} 不是本题已上传的附件。问卷表无法添加附件：请去掉 [附件]/[file] 前缀只写文件名称，或在工具中上传附件',
    "{{name}} is not a file of this answer; files cannot be attached in the form: write the document's name without [附件]/[file], or attach the file in the app"
  ),
  evidenceNameTooLong: bilingual(
    '有一个名称共 {{length}} 个字符，最多 {{maximum}} 个字符',
    'a name holds {{length}} characters; at most {{maximum}}'
  ),
  tooManyNames: bilingual(
    '共列出 {{count}} 个名称，最多 {{maximum}} 个',
    'lists {{count}} names; at most {{maximum}}'
  ),
  questionIdMissing: bilingual(
    '缺少题目编号：编号不得清空或修改',
    'the question id is missing; ids must not be cleared or changed'
  ),
  unknownQuestion: bilingual(
    '题目编号 {{id}} 不存在：编号不得修改',
    'unknown question id {{id}}; ids must not be changed'
  ),
  questionTwice: bilingual(
    '题目 {{id}} 出现了两次（首次在第 {{first}} 行）',
    'question {{id}} appears twice (first in row {{first}})'
  ),
  rowOfOtherQuestion: bilingual(
    '该行导出时对应题目 {{id}}：编号不得修改',
    'this row was exported for question {{id}}; ids must not be changed'
  ),
  cannotStore: bilingual('无法保存：{{detail}}', 'cannot be stored: {{detail}}'),
  idMissing: bilingual(
    '缺少编号：编号不得清空或修改',
    'the id is missing; ids must not be cleared or changed'
  ),
  unknownFactor: bilingual(
    '要素编号 {{id}} 不存在：编号不得修改',
    'unknown factor id {{id}}; ids must not be changed'
  ),
  notInput: bilingual(
    '{{input}} 不是要素 {{factor}} 的输入项（可用输入项：{{inputs}}）',
    '{{input}} is not an input of factor {{factor}} (inputs: {{inputs}})'
  ),
  inputTwice: bilingual(
    '输入项 {{factor}} {{input}} 出现了两次（首次在第 {{first}} 行）',
    'input {{factor}} {{input}} appears twice (first in row {{first}})'
  ),
  rowOfOtherInput: bilingual(
    '该行导出时对应 {{key}}：编号不得修改',
    'this row was exported for {{key}}; ids must not be changed'
  ),
  commentOnFirstRow: bilingual(
    '要素备注只能填写在该要素的第一行（输入项 {{input}}）',
    "the factor's comment goes on its first row (input {{input}})"
  ),
  constraint: bilingual(
    '{{left}}（{{leftValue}}）应 {{op}} {{right}}（{{rightValue}}）',
    '{{left}} ({{leftValue}}) must be {{op}} {{right}} ({{rightValue}})'
  ),
  factorCannotStore: bilingual(
    '要素 {{factor}} 无法保存：{{detail}}',
    'factor {{factor}} cannot be stored: {{detail}}'
  ),
  formula: bilingual(
    '表格中不允许使用公式，请直接填写内容',
    'formulas are not allowed in the form; type the value itself'
  ),
  tooManySheets: bilingual(
    '共有 {{count}} 个工作表，最多读取 {{maximum}} 个',
    'has {{count}} sheets; at most {{maximum}} are read'
  ),
  notPartOfForm: bilingual(
    '该工作表不属于问卷表，其内容不会导入',
    'this sheet is not part of the form; its content is not imported'
  ),
  secondSheet: bilingual('存在第二个“{{name}}”工作表', 'a second "{{name}}" sheet'),
  missingSheet: bilingual(
    '缺少该工作表：请在工具中重新导出问卷表',
    'missing sheet; export a new form from the app'
  ),
  otherBankOfAssessment: bilingual(
    '评估 {{id}} 基于题库 {{bank}} {{version}}，而非 {{otherBank}} {{otherVersion}}',
    'assessment {{id}} was made with bank {{bank}} {{version}}, not with {{otherBank}} {{otherVersion}}'
  ),
  unknownField: bilingual(
    '未知字段 {{field}}：metadata 工作表不得修改',
    'unknown field {{field}}; the metadata sheet must not be edited'
  ),
  fieldTwice: bilingual('字段“{{field}}”出现了两次', 'the field "{{field}}" appears twice'),
  fieldMissing: bilingual(
    '缺少字段“{{field}}”：metadata 工作表不得修改',
    'the field "{{field}}" is missing; the metadata sheet must not be edited'
  ),
  notForm: bilingual(
    '该工作簿不是稳定性保障评估工具的问卷表（表单类型 {{kind}}）',
    'this workbook is not a questionnaire form of Stability Assessor (form kind {{kind}})'
  ),
  newerLayout: bilingual(
    '该问卷表由更高版本的应用导出（格式版本 {{version}}），请升级应用后再导入',
    'the form was made by a newer version of the app (layout {{version}}); update the app to import it'
  ),
  unknownLayout: bilingual(
    '未知的问卷表格式版本 {{version}}',
    'unknown form layout version {{version}}'
  ),
  otherAssessment: bilingual(
    '该问卷表属于评估“{{id}}”{{institution}}，而非当前评估“{{assessment}}”（{{ownInstitution}}）：请从本评估导出问卷表，或打开对应的评估',
    'this form belongs to assessment "{{id}}"{{institution}}, not to "{{assessment}}" ({{ownInstitution}}); export a form from this assessment or open the right one'
  ),
  otherBank: bilingual(
    '该问卷表基于题库“{{formBank}}”，本评估使用题库“{{bank}}”',
    'the form was made for bank "{{formBank}}"; this assessment uses bank "{{bank}}"'
  ),
  otherBankVersion: bilingual(
    '该问卷表基于题库“{{bank}}”的 {{formVersion}} 版本，本评估使用 {{version}} 版本：请重新导出问卷表',
    'the form was made for version {{formVersion}} of bank "{{bank}}"; this assessment uses version {{version}}. Export a new form'
  ),
  otherBankContent: bilingual(
    '该问卷表基于题库“{{bank}}” {{version}} 的另一内容（{{formHash}}，本评估题库为 {{hash}}）：请重新导出问卷表',
    'the form was made for other content of bank "{{bank}}" {{version}} ({{formHash}}; this assessment\'s bank is {{hash}}). Export a new form'
  ),
  perSystemInFactors: bilingual(
    '要素 {{factor}} 按关键系统填写：请在 system_factors 表中按系统填写',
    'factor {{factor}} is entered per key system: fill it in on the system_factors sheet'
  ),
  notPerSystem: bilingual(
    '要素 {{factor}} 不按系统填写：请在 factors 表中填写',
    'factor {{factor}} is entered once for the firm: fill it in on the factors sheet'
  ),
  unknownSystem: bilingual(
    '{{id}} 不是本评估的关键系统编号：编号不得修改（新增系统请在 systems 表的空行填写名称）',
    '{{id}} is not a key system of this assessment; ids must not be changed (add a system by writing its name in an empty row of the systems sheet)'
  ),
  idInNewRow: bilingual(
    '新增系统的行中系统编号须留空：编号由工具分配',
    'leave the system id empty in a row for a new system; the app assigns ids'
  ),
  systemTwice: bilingual(
    '系统 {{id}} 出现了两次（首次在第 {{first}} 行）',
    'system {{id}} appears twice (first in row {{first}})'
  ),
  systemInputTwice: bilingual(
    '{{factor}} · {{system}} · {{input}} 出现了两次（首次在第 {{first}} 行）',
    '{{factor}} · {{system}} · {{input}} appears twice (first in row {{first}})'
  ),
  systemNameMissing: bilingual(
    '关键系统须有名称；删除系统请在工具中操作',
    'a key system needs a name; remove systems in the app'
  ),
  newSystemNeedsName: bilingual(
    '新增系统须填写名称（name 列）',
    'a new system needs a name (the name column)'
  ),
  systemNameTwice: bilingual(
    '系统名称 {{name}} 与第 {{first}} 行重复',
    'the system name {{name}} is already used in row {{first}}'
  ),
  notSystemClass: bilingual(
    '{{value}} 不是系统类别之一：{{choices}}；不确定可留空',
    '{{value}} is not a system class: {{choices}}; leave it empty if not classified'
  ),
  notYesNo: bilingual('{{value}} 应为 是 或 否 (yes/no)', '{{value}} must be 是 or 否 (yes/no)'),
  tooManySystems: bilingual(
    '共 {{count}} 个关键系统，最多 {{maximum}} 个',
    '{{count}} key systems; at most {{maximum}}'
  )
} satisfies Record<string, IssueTexts>
