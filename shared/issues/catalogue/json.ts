import { bilingual, type IssueTexts } from './texts'

/** The JSON text reader (util/json-text.ts): size, syntax, forbidden keys. */
export const jsonIssues = {
  keyNotAllowed: bilingual(
    '不允许使用键名“{{key}}”（存在安全风险）',
    'the key "{{key}}" is not allowed'
  ),
  tooLarge: bilingual(
    '文件过大：{{size}}（上限为 {{limit}}）',
    'too large: {{size}} (the limit is {{limit}})'
  ),
  notUtf8: bilingual('不是有效的 UTF-8 文本', 'not valid UTF-8 text'),
  empty: bilingual('文件为空', 'the file is empty'),
  syntax: bilingual('JSON 格式错误：{{detail}}', 'invalid JSON: {{detail}}'),
  unterminatedString: bilingual(
    '字符串没有结束（缺少右引号 "）',
    'unterminated string (missing closing ")'
  ),
  badUnicodeEscape: bilingual(
    '\\u 转义无效（需要 4 位十六进制数字）',
    'invalid \\u escape (needs 4 hex digits)'
  ),
  badEscape: bilingual(
    '字符串中的转义“\\{{escape}}”无效',
    'invalid escape "\\{{escape}}" in a string'
  ),
  controlCharacter: bilingual(
    '字符串中含有控制字符（例如直接换行），请改写为 \\n',
    'a control character (such as a raw line break) inside a string; write \\n instead'
  ),
  invalidNumber: bilingual('数字无效', 'invalid number'),
  fractionDigits: bilingual(
    '数字无效：小数点后应有数字',
    'invalid number: digits expected after "."'
  ),
  exponentDigits: bilingual(
    '数字无效：指数部分应有数字',
    'invalid number: digits expected in the exponent'
  ),
  unexpected: bilingual('此处不应出现{{found}}', 'unexpected {{found}}'),
  tooDeep: bilingual('嵌套超过 {{maximum}} 层', 'nesting deeper than {{maximum}} levels'),
  valueMissing: bilingual(
    '文本意外结束（缺少一个值）',
    'unexpected end of the text (a value is missing)'
  ),
  expectedColon: bilingual(
    '属性名之后应为“:”，却遇到{{found}}',
    'expected ":" after the property name but found {{found}}'
  ),
  expectedPropertyName: bilingual(
    '此处应为双引号括起的属性名，却遇到{{found}}',
    'expected a property name in double quotes but found {{found}}'
  ),
  trailingComma: bilingual('“{{bracket}}”之前多了一个逗号', 'trailing comma before "{{bracket}}"'),
  expectedCommaOr: bilingual(
    '此处应为“,”或“{{bracket}}”，却遇到{{found}}',
    'expected "," or "{{bracket}}" but found {{found}}'
  ),
  afterEnd: bilingual(
    'JSON 值结束后又出现了{{found}}',
    'unexpected {{found}} after the end of the JSON value'
  )
} satisfies Record<string, IssueTexts>
