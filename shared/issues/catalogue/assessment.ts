import { bilingual, type IssueTexts } from './texts'

/** Assessment files (assessment/parse.ts, validate.ts): kind, version, answers against the bank. */
export const assessmentIssues = {
  notObject: bilingual(
    '不是稳定性保障评估工具的评估文件（应为 JSON 对象）',
    'not a Stability Assessor assessment file (expected a JSON object)'
  ),
  notAssessment: bilingual(
    '不是稳定性保障评估工具的评估文件（kind 为“{{kind}}”）',
    'not a Stability Assessor assessment file (kind is "{{kind}}")'
  ),
  noKind: bilingual(
    '不是稳定性保障评估工具的评估文件（缺少 kind 字段）',
    'not a Stability Assessor assessment file (no "kind" field)'
  ),
  valueType: bilingual(
    '答案取值应为数字、文本、选项编号列表或空值',
    'expected a number, a text, a list of ids or null'
  ),
  naJustification: bilingual('选择“不适用”时须填写理由', 'an N/A answer needs a justification'),
  evidenceIdTwice: bilingual(
    '{{owner}}：证据编号“{{id}}”重复使用',
    '{{owner}}: evidence id "{{id}}" is used twice'
  ),
  otherBank: bilingual(
    '该评估基于题库“{{expected}}”，而非“{{found}}”',
    'the assessment was made for bank "{{expected}}", not "{{found}}"'
  ),
  otherBankVersion: bilingual(
    '该评估基于题库“{{id}}”的 {{expected}} 版本，而非 {{found}} 版本',
    'the assessment was made for version {{expected}} of bank "{{id}}", not {{found}}'
  ),
  otherBankContent: bilingual(
    '题库“{{id}}” {{version}} 的内容与评估所用版本不一致（应为哈希 {{expected}}…，当前为 {{found}}…）',
    'bank "{{id}}" {{version}} has different content than the assessment was made for (expected hash {{expected}}…, this bank has {{found}}…)'
  ),
  comparedOtherBank: bilingual(
    '上期评估基于题库 {{previous}}，本期基于 {{current}}：不同题库的评估无法逐项对比（只有同一题库的不同版本可按题库升级映射对比）',
    'the previous period uses bank {{previous}}, this one {{current}}: assessments on different banks cannot be compared item by item (only versions of one bank, mapped by the bank upgrade)'
  ),
  naNotAllowed: bilingual(
    '{{question}}：该题不允许选择“不适用”',
    '{{question}}: this question does not allow N/A'
  ),
  naNeedsJustification: bilingual(
    '{{question}}：选择“不适用”时须填写理由',
    '{{question}}: an N/A answer needs a justification'
  ),
  naHasValue: bilingual(
    '{{question}}：“不适用”的答案不应有取值（实际为 {{found}}）',
    '{{question}}: an N/A answer has no value (found {{found}})'
  ),
  unknownInput: bilingual(
    '{{factor}}：“{{input}}”不是该评价要素的输入项（可用输入项：{{inputs}}）',
    '{{factor}}: "{{input}}" is not an input of this factor (inputs: {{inputs}})'
  ),
  notFinite: bilingual(
    '{{factor}}.{{input}}：应为有效数字',
    '{{factor}}.{{input}}: must be a finite number'
  ),
  belowMin: bilingual(
    '{{factor}}.{{input}}：{{value}} 低于下限 {{min}}',
    '{{factor}}.{{input}}: {{value}} is below the minimum {{min}}'
  ),
  negative: bilingual(
    '{{factor}}.{{input}}：{{value}} 低于下限 0（不允许负数）',
    '{{factor}}.{{input}}: {{value}} is below the minimum 0 (no negative values)'
  ),
  aboveMax: bilingual(
    '{{factor}}.{{input}}：{{value}} 高于上限 {{max}}',
    '{{factor}}.{{input}}: {{value}} is above the maximum {{max}}'
  ),
  notWhole: bilingual(
    '{{factor}}.{{input}}：应为整数（计数），实际为 {{value}}',
    '{{factor}}.{{input}}: must be a whole number (a count), got {{value}}'
  ),
  constraint: bilingual(
    '{{factor}}：{{left}}（{{leftValue}}）应 {{op}} {{right}}（{{rightValue}}）',
    '{{factor}}: {{left}} ({{leftValue}}) must be {{op}} {{right}} ({{rightValue}})'
  ),
  perSystemValues: bilingual(
    '{{factor}}：该评价要素按关键系统分别填报，输入项应填在 bySystem 中，而非 values',
    '{{factor}}: this factor is entered per key system; its inputs belong in bySystem, not in values'
  ),
  notPerSystem: bilingual(
    '{{factor}}：该评价要素按全机构填报一次，不按关键系统分别填报',
    '{{factor}}: this factor is entered once for the firm, not per key system'
  ),
  unknownSystem: bilingual(
    '{{factor}}：“{{system}}”不是本评估的关键系统（关键系统：{{systems}}）',
    '{{factor}}: "{{system}}" is not a key system of this assessment (systems: {{systems}})'
  ),
  unknownQuestion: bilingual(
    '{{question}}：题库 {{bank}} 中没有该题',
    '{{question}}: no such question in bank {{bank}}'
  ),
  answeredTwice: bilingual(
    '{{question}}：重复作答（首次出现在 assessment.answers[{{first}}]）',
    '{{question}}: answered twice (first at assessment.answers[{{first}}])'
  ),
  unknownFactor: bilingual(
    '{{factor}}：题库 {{bank}} 中没有该评价要素',
    '{{factor}}: no such factor in bank {{bank}}'
  ),
  enteredTwice: bilingual(
    '{{factor}}：重复填报（首次出现在 assessment.factors[{{first}}]）',
    '{{factor}}: entered twice (first at assessment.factors[{{first}}])'
  ),
  unknownFindingQuestion: bilingual(
    '{{finding}}：题库 {{bank}} 中没有题目“{{target}}”',
    '{{finding}}: no such question "{{target}}" in bank {{bank}}'
  ),
  unknownFindingFactor: bilingual(
    '{{finding}}：题库 {{bank}} 中没有评价要素“{{target}}”',
    '{{finding}}: no such factor "{{target}}" in bank {{bank}}'
  ),
  findingTwice: bilingual(
    '{{finding}}：重复记录（首次出现在 assessment.findings[{{first}}]）',
    '{{finding}}: recorded twice (first at assessment.findings[{{first}}])'
  )
} satisfies Record<string, IssueTexts>
