import { bilingual, type IssueTexts } from './texts'

/**
 * The small languages inside a bank: the arithmetic of `expression` formulas (bank/expression.ts)
 * and the compact cell texts of bank workbooks: conditions, value and reference lists, formulas,
 * constraints and bands (bank-xlsx/*-syntax.ts). `{{found}}` is the token found there (a term).
 */
export const syntaxIssues = {
  atCharacter: bilingual(
    '第 {{position}} 个字符处：{{detail}}',
    'at character {{position}}: {{detail}}'
  ),
  found: bilingual('{{detail}}，却遇到{{found}}', '{{detail}}, found {{found}}'),
  unexpectedCharacter: bilingual(
    '无法识别的字符“{{character}}”',
    'unexpected character "{{character}}"'
  ),
  tooLong: bilingual('超过 {{maximum}} 个字符', 'longer than {{maximum}} characters'),
  decimalDigit: bilingual('小数点后必须有数字', 'a digit must follow the decimal point'),
  expectedOperator: bilingual(
    '此处不应出现 {{found}}，应为运算符',
    'unexpected {{found}}; expected an operator'
  ),
  tooDeep: bilingual('嵌套超过 {{maximum}} 层', 'nested more than {{maximum}} levels deep'),
  expectedOperand: bilingual(
    '此处不应出现 {{found}}，应为数字、输入项编号、“(”或 min/max',
    'unexpected {{found}}; expected a number, an input id, "(" or min/max'
  ),
  endsEarly: bilingual(
    '公式提前结束，应为数字、输入项编号、“(”或 min/max',
    'the expression ends too early; expected a number, an input id, "(" or min/max'
  ),
  unknownFunction: bilingual(
    '未知函数“{{name}}”（只能使用 min 和 max）',
    'unknown function "{{name}}" (only min and max are available)'
  ),
  functionNeedsCall: bilingual(
    '“{{name}}”是函数，应写作 {{name}}(a, b, …)',
    '"{{name}}" is a function; write {{name}}(a, b, …)'
  ),
  reservedName: bilingual(
    '“{{name}}”是保留名称，不能用作输入项编号',
    '"{{name}}" is a reserved name and cannot be an input id'
  ),
  unclosed: bilingual(
    '缺少与“{{opening}}”配对的“{{closing}}”，实际为 {{found}}',
    'expected "{{closing}}" to close "{{opening}}", found {{found}}'
  ),
  expected: bilingual('此处应为 {{expected}}', 'expected {{expected}}'),
  empty: bilingual('内容为空', 'is empty'),
  quoteNotClosed: bilingual('引号内的文字没有结束引号', 'a quoted text is not closed'),
  expectedAndOr: bilingual('此处应为“and”、“or”或结尾', 'expected "and", "or" or the end'),
  expectedConditionStart: bilingual(
    '此处应为题目编号、“not”、“(”或 answered(…)',
    'expected a question id, "not", "(" or answered(…)'
  ),
  notConditionFunction: bilingual(
    '“{{name}}(”不是函数，可用 answered、unanswered、na、all 或 any',
    '"{{name}}(" is not a function; use answered, unanswered, na, all or any'
  ),
  expectedBracketAfterIn: bilingual('“in”之后应为“[”', 'expected "[" after "in"'),
  expectedQuestionId: bilingual('此处应为题目编号', 'expected a question id'),
  expectedComparison: bilingual(
    '“{{question}}”之后应为比较运算符（=、!=、>、>=、<、<=、in）',
    'expected an operator (=, !=, >, >=, <, <=, in) after "{{question}}"'
  ),
  comparesNumbers: bilingual('“{{op}}”只能比较数字', '"{{op}}" compares numbers'),
  expectedValue: bilingual(
    '此处应为取值（数字、单词或“带引号的文字”）',
    'expected a value (a number, a word or "quoted text")'
  ),
  listNoBooleans: bilingual(
    '列表只能包含数字和文字，不能包含 true/false',
    'a list holds numbers and texts, not true/false'
  ),
  expectedCommaOrEnd: bilingual('此处应为“,”或结尾', 'expected "," or the end'),
  notReferenceId: bilingual('“{{text}}”不是参考文件编号', '"{{text}}" is not a reference id'),
  clauseNotClosed: bilingual('引号内的条款没有结束引号', 'a quoted clause is not closed'),
  notId: bilingual('“{{text}}”不是编号', '"{{text}}" is not an id'),
  notValueRef: bilingual(
    '“{{text}}”不是题目编号、要素:输入项或数字',
    '"{{text}}" is not a question id, factor:input or number'
  ),
  notFactorId: bilingual('“{{text}}”不是评价要素编号', '"{{text}}" is not a factor id'),
  notInputId: bilingual('“{{text}}”不是输入项编号', '"{{text}}" is not an input id'),
  expressionNeeded: bilingual('需要填写公式', 'an expression is needed'),
  complementForm: bilingual(
    '应为“1 - part / whole”的形式，例如“1 - downtime / service_time”',
    'expected "1 - part / whole", e.g. "1 - downtime / service_time"'
  ),
  ratioForm: bilingual(
    '应为“分子 / 分母”的形式，例如“found / total”',
    'expected "numerator / denominator", e.g. "found / total"'
  ),
  meanDurationForm: bilingual(
    '应为“total / count”的形式，例如“repair_minutes / incidents”',
    'expected "total / count", e.g. "repair_minutes / incidents"'
  ),
  constraintForm: bilingual(
    '应为“输入项 <= 输入项”的形式，实际为“{{text}}”',
    'expected "input <= input", got "{{text}}"'
  ),
  bandForm: bilingual(
    '应为“阈值: 得分”或“*: 得分”的形式，实际为“{{text}}”',
    'expected "threshold: score" or "*: score", got "{{text}}"'
  ),
  detailsNotClosed: bilingual(
    '“{{id}}”的说明缺少右括号“)”',
    'the details of "{{id}}" are not closed with ")"'
  ),
  expectedItemEnd: bilingual(
    '“{{id}}”之后应为“;”或换行',
    'expected ";" or a line break after "{{id}}"'
  ),
  valueQuoteNotClosed: bilingual('引号内的取值没有结束引号', 'a quoted value is not closed'),
  notReplacementValue: bilingual(
    '“{{text}}”不是取值（数字、单词或“带引号的文字”）',
    '"{{text}}" is not a value (a number, a word, or "quoted text")'
  ),
  expectedConfirmOrMapping: bilingual(
    '此处应为“confirm”或“旧 -> 新”，实际为“{{text}}”',
    'expected "confirm" or "old -> new", found "{{text}}"'
  ),
  notNumber: bilingual('“{{text}}”不是数字', '"{{text}}" is not a number'),
  numberCount: bilingual(
    '应为 {{count}} 个数字，实际为 {{found}} 个',
    'expected {{count}} numbers, found {{found}}'
  ),
  noBands: bilingual('至少需要一档“阈值: 得分”', 'expected at least one "threshold: score" band')
} satisfies Record<string, IssueTexts>
