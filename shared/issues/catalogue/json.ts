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
  notUtf8: { 'zh-CN': '不是有效的 UTF-8 文本', 'en-US': 'not valid UTF-8 text' },
  empty: {
    'zh-CN': '文件为空',
    'en-US': 'the file is empty'
  },
  syntax: {
    'zh-CN': 'JSON 格式错误：{{detail}}',
    'en-US': 'invalid JSON: {{detail}}'
  },
  unterminatedString: {
    'zh-CN': '字符串没有结束（缺少右引号 "）',
    'en-US': 'unterminated string (missing closing ")'
  },
  badUnicodeEscape: {
    'zh-CN': '\\u 转义无效（需要 4 位十六进制数字）',
    'en-US': 'invalid \\u escape (needs 4 hex digits)'
  },
  badEscape: {
    'zh-CN': '字符串中的转义“\\{{escape}}”无效',
    'en-US': 'invalid escape "\\{{escape}}" in a string'
  },
  controlCharacter: {
    'zh-CN': '字符串中含有控制字符（例如直接换行），请改写为 \\n',
    'en-US': 'a control character (such as a raw line break) inside a string; write \\n instead'
  },
  invalidNumber: { 'zh-CN': '数字无效', 'en-US': 'invalid number' },
  fractionDigits: {
    'zh-CN': '数字无效：小数点后应有数字',
    'en-US': 'invalid number: digits expected after "."'
  },
  exponentDigits: {
    'zh-CN': '数字无效：指数部分应有数字',
    'en-US': 'invalid number: digits expected in the exponent'
  },
  unexpected: { 'zh-CN': '此处不应出现{{found}}', 'en-US': 'unexpected {{found}}' },
  tooDeep: {
    'zh-CN': '嵌套超过 {{maximum}} 层',
    'en-US': 'nesting deeper than {{maximum}} levels'
  },
  valueMissing: {
    'zh-CN': '文本意外结束（缺少一个值）',
    'en-US': 'unexpected end of the text (a value is missing)'
  },
  expectedColon: {
    'zh-CN': '属性名之后应为“:”，却遇到{{found}}',
    'en-US': 'expected ":" after the property name but found {{found}}'
  },
  expectedPropertyName: {
    'zh-CN': '此处应为双引号括起的属性名，却遇到{{found}}',
    'en-US': 'expected a property name in double quotes but found {{found}}'
  },
  trailingComma: {
    'zh-CN': '“{{bracket}}”之前多了一个逗号',
    'en-US': 'trailing comma before "{{bracket}}"'
  },
  expectedCommaOr: {
    'zh-CN': '此处应为“,”或“{{bracket}}”，却遇到{{found}}',
    'en-US': 'expected "," or "{{bracket}}" but found {{found}}'
  },
  afterEnd: {
    'zh-CN': 'JSON 值结束后又出现了{{found}}',
    'en-US': 'unexpected {{found}} after the end of the JSON value'
  }
} satisfies Record<string, IssueTexts>
