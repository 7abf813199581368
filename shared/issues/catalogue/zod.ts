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
  unknownKeys: {
    'zh-CN': '包含无法识别的字段：{{keys}}',
    'en-US': 'unknown field(s) {{keys}}'
  },
  invalidUnion: {
    'zh-CN': '不符合任何一种允许的格式',
    'en-US': 'matches none of the allowed forms'
  },
  invalid: {
    'zh-CN': '取值无效',
    'en-US': 'invalid value'
  }
} satisfies Record<string, IssueTexts>
