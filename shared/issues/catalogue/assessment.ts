import type { IssueTexts } from './texts'

/** Assessment files (assessment/parse.ts, validate.ts): kind, version, answers against the bank. */
export const assessmentIssues = {
  notObject: {
    'zh-CN': '不是稳定性保障评估工具的评估文件（应为 JSON 对象）',
    'en-US': 'not a Stability Assessor assessment file (expected a JSON object)'
  },
  notAssessment: {
    'zh-CN': '不是稳定性保障评估工具的评估文件（kind 为“{{kind}}”）',
    'en-US': 'not a Stability Assessor assessment file (kind is "{{kind}}")'
  },
  noKind: {
    'zh-CN': '不是稳定性保障评估工具的评估文件（缺少 kind 字段）',
    'en-US': 'not a Stability Assessor assessment file (no "kind" field)'
  },
  valueType: {
    'zh-CN': '答案取值应为数字、文本、选项编号列表或空值',
    'en-US': 'expected a number, a text, a list of ids or null'
  },
  naJustification: {
    'zh-CN': '选择“不适用”时须填写理由',
    'en-US': 'an N/A answer needs a justification'
  },
  evidenceIdTwice: {
    'zh-CN': '{{owner}}：证据编号“{{id}}”重复使用',
    'en-US': '{{owner}}: evidence id "{{id}}" is used twice'
  },
  otherBank: {
    'zh-CN': '该评估基于题库“{{expected}}”，而非“{{found}}”',
    'en-US': 'the assessment was made for bank "{{expected}}", not "{{found}}"'
  },
  otherBankVersion: {
    'zh-CN': '该评估基于题库“{{id}}”的 {{expected}} 版本，而非 {{found}} 版本',
    'en-US': 'the assessment was made for version {{expected}} of bank "{{id}}", not {{found}}'
  },
  otherBankContent: {
    'zh-CN':
      '题库“{{id}}” {{version}} 的内容与评估所用版本不一致（应为哈希 {{expected}}…，当前为 {{found}}…）',
    'en-US':
      'bank "{{id}}" {{version}} has different content than the assessment was made for (expected hash {{expected}}…, this bank has {{found}}…)'
  },
  comparedOtherBank: {
    'zh-CN':
      '上期评估基于题库 {{previous}}，本期基于 {{current}}：不同题库的评估无法逐项对比（只有同一题库的不同版本可按题库升级映射对比）',
    'en-US':
      'the previous period uses bank {{previous}}, this one {{current}}: assessments on different banks cannot be compared item by item (only versions of one bank, mapped by the bank upgrade)'
  },
  naNotAllowed: {
    'zh-CN': '{{question}}：该题不允许选择“不适用”',
    'en-US': '{{question}}: this question does not allow N/A'
  },
  naNeedsJustification: {
    'zh-CN': '{{question}}：选择“不适用”时须填写理由',
    'en-US': '{{question}}: an N/A answer needs a justification'
  },
  naHasValue: {
    'zh-CN': '{{question}}：“不适用”的答案不应有取值（实际为 {{found}}）',
    'en-US': '{{question}}: an N/A answer has no value (found {{found}})'
  },
  unknownInput: {
    'zh-CN': '{{factor}}：“{{input}}”不是该评价要素的输入项（可用输入项：{{inputs}}）',
    'en-US': '{{factor}}: "{{input}}" is not an input of this factor (inputs: {{inputs}})'
  },
  notFinite: {
    'zh-CN': '{{factor}}.{{input}}：应为有效数字',
    'en-US': '{{factor}}.{{input}}: must be a finite number'
  },
  belowMin: {
    'zh-CN': '{{factor}}.{{input}}：{{value}} 低于下限 {{min}}',
    'en-US': '{{factor}}.{{input}}: {{value}} is below the minimum {{min}}'
  },
  negative: {
    'zh-CN': '{{factor}}.{{input}}：{{value}} 低于下限 0（不允许负数）',
    'en-US': '{{factor}}.{{input}}: {{value}} is below the minimum 0 (no negative values)'
  },
  aboveMax: {
    'zh-CN': '{{factor}}.{{input}}：{{value}} 高于上限 {{max}}',
    'en-US': '{{factor}}.{{input}}: {{value}} is above the maximum {{max}}'
  },
  notWhole: {
    'zh-CN': '{{factor}}.{{input}}：应为整数（计数），实际为 {{value}}',
    'en-US': '{{factor}}.{{input}}: must be a whole number (a count), got {{value}}'
  },
  constraint: {
    'zh-CN': '{{factor}}：{{left}}（{{leftValue}}）应 {{op}} {{right}}（{{rightValue}}）',
    'en-US': '{{factor}}: {{left}} ({{leftValue}}) must be {{op}} {{right}} ({{rightValue}})'
  },
  perSystemValues: {
    'zh-CN': '{{factor}}：该评价要素按关键系统分别填报，输入项应填在 bySystem 中，而非 values',
    'en-US':
      '{{factor}}: this factor is entered per key system; its inputs belong in bySystem, not in values'
  },
  notPerSystem: {
    'zh-CN': '{{factor}}：该评价要素按全机构填报一次，不按关键系统分别填报',
    'en-US': '{{factor}}: this factor is entered once for the firm, not per key system'
  },
  unknownSystem: {
    'zh-CN': '{{factor}}：“{{system}}”不是本评估的关键系统（关键系统：{{systems}}）',
    'en-US':
      '{{factor}}: "{{system}}" is not a key system of this assessment (systems: {{systems}})'
  },
  unknownQuestion: {
    'zh-CN': '{{question}}：题库 {{bank}} 中没有该题',
    'en-US': '{{question}}: no such question in bank {{bank}}'
  },
  answeredTwice: {
    'zh-CN': '{{question}}：重复作答（首次出现在 assessment.answers[{{first}}]）',
    'en-US': '{{question}}: answered twice (first at assessment.answers[{{first}}])'
  },
  unknownFactor: {
    'zh-CN': '{{factor}}：题库 {{bank}} 中没有该评价要素',
    'en-US': '{{factor}}: no such factor in bank {{bank}}'
  },
  enteredTwice: {
    'zh-CN': '{{factor}}：重复填报（首次出现在 assessment.factors[{{first}}]）',
    'en-US': '{{factor}}: entered twice (first at assessment.factors[{{first}}])'
  },
  unknownFindingQuestion: {
    'zh-CN': '{{finding}}：题库 {{bank}} 中没有题目“{{target}}”',
    'en-US': '{{finding}}: no such question "{{target}}" in bank {{bank}}'
  },
  unknownFindingFactor: {
    'zh-CN': '{{finding}}：题库 {{bank}} 中没有评价要素“{{target}}”',
    'en-US': '{{finding}}: no such factor "{{target}}" in bank {{bank}}'
  },
  findingTwice: {
    'zh-CN': '{{finding}}：重复记录（首次出现在 assessment.findings[{{first}}]）',
    'en-US': '{{finding}}: recorded twice (first at assessment.findings[{{first}}])'
  }
} satisfies Record<string, IssueTexts>
