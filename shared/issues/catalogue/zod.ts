import { bilingual, type IssueTexts } from './texts'

/** Schema problems, by zod's issue code (util/validation.ts zodIssueCode). */
export const zodIssues = {
  required: bilingual('缺少必填项（应为{{expected}}）', 'required (expected {{expected}})'),
  invalidType: bilingual(
    '类型不符：应为{{expected}}，实际为{{received}}',
    'expected {{expected}}, received {{received}}'
  ),
  invalidValue: bilingual('取值无效，应为以下之一：{{values}}', 'expected one of {{values}}'),
  tooLong: bilingual(
    '内容过长（最多 {{maximum}} 个字符）',
    'too long (at most {{maximum}} characters)'
  ),
  tooMany: bilingual('条目过多（最多 {{maximum}} 项）', 'too many entries (at most {{maximum}})'),
  tooBig: bilingual('数值过大（最大 {{maximum}}）', 'too large (at most {{maximum}})'),
  notBelow: bilingual('数值应小于 {{maximum}}', 'must be less than {{maximum}}'),
  empty: bilingual('不能为空', 'must not be empty'),
  tooShort: bilingual(
    '内容过短（至少 {{minimum}} 个字符）',
    'too short (at least {{minimum}} characters)'
  ),
  tooFew: bilingual('条目过少（至少 {{minimum}} 项）', 'too few entries (at least {{minimum}})'),
  tooSmall: bilingual('数值过小（最小 {{minimum}}）', 'too small (at least {{minimum}})'),
  notAbove: bilingual('数值应大于 {{minimum}}', 'must be more than {{minimum}}'),
  notInteger: bilingual('应为整数', 'must be a whole number'),
  invalidFormat: bilingual('格式不正确（应为 {{format}}）', 'not a valid {{format}}'),
  invalidPattern: bilingual('格式不符合要求', 'does not have the expected form'),
  invalidDateTime: bilingual(
    '不是有效的日期时间，示例：2025-07-01T09:00:00+08:00',
    'not a date and time such as 2025-07-01T09:00:00+08:00'
  ),
  unknownKey: bilingual('包含无法识别的字段：{{keys}}', 'unknown field {{keys}}'),
  unknownKeys: bilingual('包含无法识别的字段：{{keys}}', 'unknown fields {{keys}}'),
  invalidUnion: bilingual('不符合任何一种允许的格式', 'matches none of the allowed forms'),
  invalid: bilingual('取值无效', 'invalid value'),
  // Checks our schemas word themselves (their message is the English text here).
  id: bilingual(
    '编号须以字母开头，只能包含字母、数字、_ . -',
    'an id starts with a letter and uses letters, digits, _ . -'
  ),
  version: bilingual('版本号格式应如 1.0.0', 'a version like 1.0.0'),
  chineseRequired: bilingual('必须填写中文', 'Chinese text is required'),
  englishRequired: bilingual('必须填写英文', 'English text is required'),
  isoDate: bilingual('应为 YYYY-MM-DD 格式的日期', 'a date as YYYY-MM-DD'),
  notRealDate: bilingual('不是有效的日历日期', 'not a real calendar date'),
  optionScore: bilingual('选项得分应在 0 到 100 之间', 'an option score is between 0 and 100'),
  sha256: bilingual('应为小写十六进制的 SHA-256', 'a SHA-256 in lower-case hex'),
  institutionRequired: bilingual('必须填写机构名称', 'the institution is required'),
  periodOrder: bilingual(
    '评估期的开始日期不能晚于结束日期',
    'the period must start before it ends'
  ),
  backupAssessmentPart: bilingual('应为 assessments/<编号>.zip', 'assessments/<number>.zip'),
  conditionForms: bilingual(
    '条件的写法为 {all: [...]}、{any: [...]}、{not: ...}，或 {question, 外加且仅加一个判断：equals、notEquals、in、gt、gte、lt、lte、answered、unanswered、na}',
    'a condition is {all: [...]}, {any: [...]}, {not: ...} or {question, plus exactly one test: equals, notEquals, in, gt, gte, lt, lte, answered, unanswered, na}'
  ),
  backupBankPart: bilingual('应为 banks/<编号>.json', 'banks/<number>.json')
} satisfies Record<string, IssueTexts>
