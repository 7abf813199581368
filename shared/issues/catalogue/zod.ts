import type { IssueTexts } from './texts'

/** Schema problems, by zod's issue code (util/validation.ts zodIssueCode). */
export const zodIssues = {
  required: {
    'zh-CN': '缺少必填项（应为{{expected}}）',
    'en-US': 'required (expected {{expected}})'
  },
  invalidType: {
    'zh-CN': '类型不符：应为{{expected}}，实际为{{received}}',
    'en-US': 'expected {{expected}}, received {{received}}'
  },
  invalidValue: {
    'zh-CN': '取值无效，应为以下之一：{{values}}',
    'en-US': 'expected one of {{values}}'
  },
  tooLong: {
    'zh-CN': '内容过长（最多 {{maximum}} 个字符）',
    'en-US': 'too long (at most {{maximum}} characters)'
  },
  tooMany: {
    'zh-CN': '条目过多（最多 {{maximum}} 项）',
    'en-US': 'too many entries (at most {{maximum}})'
  },
  tooBig: {
    'zh-CN': '数值过大（最大 {{maximum}}）',
    'en-US': 'too large (at most {{maximum}})'
  },
  notBelow: {
    'zh-CN': '数值应小于 {{maximum}}',
    'en-US': 'must be less than {{maximum}}'
  },
  empty: {
    'zh-CN': '不能为空',
    'en-US': 'must not be empty'
  },
  tooShort: {
    'zh-CN': '内容过短（至少 {{minimum}} 个字符）',
    'en-US': 'too short (at least {{minimum}} characters)'
  },
  tooFew: {
    'zh-CN': '条目过少（至少 {{minimum}} 项）',
    'en-US': 'too few entries (at least {{minimum}})'
  },
  tooSmall: {
    'zh-CN': '数值过小（最小 {{minimum}}）',
    'en-US': 'too small (at least {{minimum}})'
  },
  notAbove: {
    'zh-CN': '数值应大于 {{minimum}}',
    'en-US': 'must be more than {{minimum}}'
  },
  notInteger: {
    'zh-CN': '应为整数',
    'en-US': 'must be a whole number'
  },
  invalidFormat: {
    'zh-CN': '格式不正确（应为 {{format}}）',
    'en-US': 'not a valid {{format}}'
  },
  invalidPattern: {
    'zh-CN': '格式不符合要求',
    'en-US': 'does not have the expected form'
  },
  invalidDateTime: {
    'zh-CN': '不是有效的日期时间，示例：2025-07-01T09:00:00+08:00',
    'en-US': 'not a date and time such as 2025-07-01T09:00:00+08:00'
  },
  unknownKey: {
    'zh-CN': '包含无法识别的字段：{{keys}}',
    'en-US': 'unknown field {{keys}}'
  },
  unknownKeys: {
    'zh-CN': '包含无法识别的字段：{{keys}}',
    'en-US': 'unknown fields {{keys}}'
  },
  invalidUnion: {
    'zh-CN': '不符合任何一种允许的格式',
    'en-US': 'matches none of the allowed forms'
  },
  invalid: {
    'zh-CN': '取值无效',
    'en-US': 'invalid value'
  },
  // Checks our schemas word themselves (their message is the English text here).
  id: {
    'zh-CN': '编号须以字母开头，只能包含字母、数字、_ . -',
    'en-US': 'an id starts with a letter and uses letters, digits, _ . -'
  },
  version: { 'zh-CN': '版本号格式应如 1.0.0', 'en-US': 'a version like 1.0.0' },
  chineseRequired: { 'zh-CN': '必须填写中文', 'en-US': 'Chinese text is required' },
  englishRequired: { 'zh-CN': '必须填写英文', 'en-US': 'English text is required' },
  isoDate: { 'zh-CN': '应为 YYYY-MM-DD 格式的日期', 'en-US': 'a date as YYYY-MM-DD' },
  notRealDate: { 'zh-CN': '不是有效的日历日期', 'en-US': 'not a real calendar date' },
  optionScore: {
    'zh-CN': '选项得分应在 0 到 100 之间',
    'en-US': 'an option score is between 0 and 100'
  },
  sha256: { 'zh-CN': '应为小写十六进制的 SHA-256', 'en-US': 'a SHA-256 in lower-case hex' },
  institutionRequired: { 'zh-CN': '必须填写机构名称', 'en-US': 'the institution is required' },
  periodOrder: {
    'zh-CN': '评估期的开始日期不能晚于结束日期',
    'en-US': 'the period must start before it ends'
  },
  backupAssessmentPart: {
    'zh-CN': '应为 assessments/<编号>.zip',
    'en-US': 'assessments/<number>.zip'
  },
  conditionForms: {
    'zh-CN':
      '条件的写法为 {all: [...]}、{any: [...]}、{not: ...}，或 {question, 外加且仅加一个判断：equals、notEquals、in、gt、gte、lt、lte、answered、unanswered、na}',
    'en-US':
      'a condition is {all: [...]}, {any: [...]}, {not: ...} or {question, plus exactly one test: equals, notEquals, in, gt, gte, lt, lte, answered, unanswered, na}'
  },
  backupBankPart: { 'zh-CN': '应为 banks/<编号>.json', 'en-US': 'banks/<number>.json' }
} satisfies Record<string, IssueTexts>
