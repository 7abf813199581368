import type { IssueTexts } from './texts'

/** The JSON text reader (util/json-text.ts): size, syntax, forbidden keys. */
export const jsonIssues = {
  keyNotAllowed: {
    'zh-CN': '不允许使用键名“{{key}}”（存在安全风险）',
    'en-US': 'the key "{{key}}" is not allowed'
  },
  tooLarge: {
    'zh-CN': '文件过大：{{size}}（上限为 {{limit}}）',
    'en-US': 'too large: {{size}} (the limit is {{limit}})'
  },
  empty: {
    'zh-CN': '文件为空',
    'en-US': 'the file is empty'
  },
  syntax: {
    'zh-CN': 'JSON 格式错误：{{detail}}',
    'en-US': 'invalid JSON: {{detail}}'
  }
} satisfies Record<string, IssueTexts>
