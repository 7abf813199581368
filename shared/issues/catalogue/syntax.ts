import type { IssueTexts } from './texts'

/**
 * The small languages inside a bank: the arithmetic of `expression` formulas (bank/expression.ts)
 * and the compact cell texts of bank workbooks: conditions, value and reference lists, formulas,
 * constraints and bands (bank-xlsx/*-syntax.ts). `{{found}}` is the token found there (a term).
 */
export const syntaxIssues = {
  atCharacter: {
    'zh-CN': '第 {{position}} 个字符处：{{detail}}',
    'en-US': 'at character {{position}}: {{detail}}'
  },
  found: { 'zh-CN': '{{detail}}，却遇到{{found}}', 'en-US': '{{detail}}, found {{found}}' },
  unexpectedCharacter: {
    'zh-CN': '无法识别的字符“{{character}}”',
    'en-US': 'unexpected character "{{character}}"'
  },
  tooLong: { 'zh-CN': '超过 {{maximum}} 个字符', 'en-US': 'longer than {{maximum}} characters' },
  decimalDigit: {
    'zh-CN': '小数点后必须有数字',
    'en-US': 'a digit must follow the decimal point'
  },
  expectedOperator: {
    'zh-CN': '此处不应出现 {{found}}，应为运算符',
    'en-US': 'unexpected {{found}}; expected an operator'
  },
  tooDeep: {
    'zh-CN': '嵌套超过 {{maximum}} 层',
    'en-US': 'nested more than {{maximum}} levels deep'
  },
  expectedOperand: {
    'zh-CN': '此处不应出现 {{found}}，应为数字、输入项编号、“(”或 min/max',
    'en-US': 'unexpected {{found}}; expected a number, an input id, "(" or min/max'
  },
  endsEarly: {
    'zh-CN': '公式提前结束，应为数字、输入项编号、“(”或 min/max',
    'en-US': 'the expression ends too early; expected a number, an input id, "(" or min/max'
  },
  unknownFunction: {
    'zh-CN': '未知函数“{{name}}”（只能使用 min 和 max）',
    'en-US': 'unknown function "{{name}}" (only min and max are available)'
  },
  functionNeedsCall: {
    'zh-CN': '“{{name}}”是函数，应写作 {{name}}(a, b, …)',
    'en-US': '"{{name}}" is a function; write {{name}}(a, b, …)'
  },
  reservedName: {
    'zh-CN': '“{{name}}”是保留名称，不能用作输入项编号',
    'en-US': '"{{name}}" is a reserved name and cannot be an input id'
  },
  unclosed: {
    'zh-CN': '缺少与“{{opening}}”配对的“{{closing}}”，实际为 {{found}}',
    'en-US': 'expected "{{closing}}" to close "{{opening}}", found {{found}}'
  },
  expected: { 'zh-CN': '此处应为 {{expected}}', 'en-US': 'expected {{expected}}' },
  empty: { 'zh-CN': '内容为空', 'en-US': 'is empty' },
  quoteNotClosed: { 'zh-CN': '引号内的文字没有结束引号', 'en-US': 'a quoted text is not closed' },
  expectedAndOr: {
    'zh-CN': '此处应为“and”、“or”或结尾',
    'en-US': 'expected "and", "or" or the end'
  },
  expectedConditionStart: {
    'zh-CN': '此处应为题目编号、“not”、“(”或 answered(…)',
    'en-US': 'expected a question id, "not", "(" or answered(…)'
  },
  notConditionFunction: {
    'zh-CN': '“{{name}}(”不是函数，可用 answered、unanswered、na、all 或 any',
    'en-US': '"{{name}}(" is not a function; use answered, unanswered, na, all or any'
  },
  expectedBracketAfterIn: { 'zh-CN': '“in”之后应为“[”', 'en-US': 'expected "[" after "in"' },
  expectedQuestionId: { 'zh-CN': '此处应为题目编号', 'en-US': 'expected a question id' },
  expectedComparison: {
    'zh-CN': '“{{question}}”之后应为比较运算符（=、!=、>、>=、<、<=、in）',
    'en-US': 'expected an operator (=, !=, >, >=, <, <=, in) after "{{question}}"'
  },
  comparesNumbers: {
    'zh-CN': '“{{op}}”只能比较数字',
    'en-US': '"{{op}}" compares numbers'
  },
  expectedValue: {
    'zh-CN': '此处应为取值（数字、单词或“带引号的文字”）',
    'en-US': 'expected a value (a number, a word or "quoted text")'
  },
  listNoBooleans: {
    'zh-CN': '列表只能包含数字和文字，不能包含 true/false',
    'en-US': 'a list holds numbers and texts, not true/false'
  },
  expectedCommaOrEnd: {
    'zh-CN': '此处应为“,”或结尾',
    'en-US': 'expected "," or the end'
  },
  notReferenceId: {
    'zh-CN': '“{{text}}”不是参考文件编号',
    'en-US': '"{{text}}" is not a reference id'
  },
  clauseNotClosed: {
    'zh-CN': '引号内的条款没有结束引号',
    'en-US': 'a quoted clause is not closed'
  },
  notId: { 'zh-CN': '“{{text}}”不是编号', 'en-US': '"{{text}}" is not an id' },
  notValueRef: {
    'zh-CN': '“{{text}}”不是题目编号、要素:输入项或数字',
    'en-US': '"{{text}}" is not a question id, factor:input or number'
  },
  notFactorId: { 'zh-CN': '“{{text}}”不是评价要素编号', 'en-US': '"{{text}}" is not a factor id' },
  notInputId: { 'zh-CN': '“{{text}}”不是输入项编号', 'en-US': '"{{text}}" is not an input id' },
  expressionNeeded: { 'zh-CN': '需要填写公式', 'en-US': 'an expression is needed' },
  complementForm: {
    'zh-CN': '应为“1 - part / whole”的形式，例如“1 - downtime / service_time”',
    'en-US': 'expected "1 - part / whole", e.g. "1 - downtime / service_time"'
  },
  ratioForm: {
    'zh-CN': '应为“分子 / 分母”的形式，例如“found / total”',
    'en-US': 'expected "numerator / denominator", e.g. "found / total"'
  },
  meanDurationForm: {
    'zh-CN': '应为“total / count”的形式，例如“repair_minutes / incidents”',
    'en-US': 'expected "total / count", e.g. "repair_minutes / incidents"'
  },
  constraintForm: {
    'zh-CN': '应为“输入项 <= 输入项”的形式，实际为“{{text}}”',
    'en-US': 'expected "input <= input", got "{{text}}"'
  },
  bandForm: {
    'zh-CN': '应为“阈值: 得分”或“*: 得分”的形式，实际为“{{text}}”',
    'en-US': 'expected "threshold: score" or "*: score", got "{{text}}"'
  },
  detailsNotClosed: {
    'zh-CN': '“{{id}}”的说明缺少右括号“)”',
    'en-US': 'the details of "{{id}}" are not closed with ")"'
  },
  expectedItemEnd: {
    'zh-CN': '“{{id}}”之后应为“;”或换行',
    'en-US': 'expected ";" or a line break after "{{id}}"'
  },
  valueQuoteNotClosed: {
    'zh-CN': '引号内的取值没有结束引号',
    'en-US': 'a quoted value is not closed'
  },
  notReplacementValue: {
    'zh-CN': '“{{text}}”不是取值（数字、单词或“带引号的文字”）',
    'en-US': '"{{text}}" is not a value (a number, a word, or "quoted text")'
  },
  expectedConfirmOrMapping: {
    'zh-CN': '此处应为“confirm”或“旧 -> 新”，实际为“{{text}}”',
    'en-US': 'expected "confirm" or "old -> new", found "{{text}}"'
  },
  notNumber: { 'zh-CN': '“{{text}}”不是数字', 'en-US': '"{{text}}" is not a number' },
  numberCount: {
    'zh-CN': '应为 {{count}} 个数字，实际为 {{found}} 个',
    'en-US': 'expected {{count}} numbers, found {{found}}'
  },
  noBands: {
    'zh-CN': '至少需要一档“阈值: 得分”',
    'en-US': 'expected at least one "threshold: score" band'
  }
} satisfies Record<string, IssueTexts>
