import type { IssueTexts } from './texts'

/** An answer that does not fit its question (assessment/validate.ts answerValueIssue). */
export const answerIssues = {
  maturity: {
    'zh-CN': '{{question}}：成熟度须为 0–4 的整数，实际为 {{found}}',
    'en-US': '{{question}}: a maturity level must be a whole number from 0 to 4, got {{found}}'
  },
  yesPartialNo: {
    'zh-CN': '{{question}}：答案须为 "yes"（是）、"partial"（部分）或 "no"（否），实际为 {{found}}',
    'en-US': '{{question}}: the answer must be "yes", "partial" or "no", got {{found}}'
  },
  oneOption: {
    'zh-CN': '{{question}}：答案须为一个选项编号，实际为 {{found}}',
    'en-US': '{{question}}: the answer must be one option id, got {{found}}'
  },
  notOption: {
    'zh-CN': '{{question}}："{{value}}" 不是本题的选项（可选：{{options}}）',
    'en-US': '{{question}}: "{{value}}" is not an option (options: {{options}})'
  },
  optionList: {
    'zh-CN': '{{question}}：答案须为选项编号的列表，实际为 {{found}}',
    'en-US': '{{question}}: the answer must be a list of option ids, got {{found}}'
  },
  notOptions: {
    'zh-CN': '{{question}}：{{values}} 不是本题的选项（可选：{{options}}）',
    'en-US': '{{question}}: {{values}} not an option (options: {{options}})'
  },
  chosenTwice: {
    'zh-CN': '{{question}}：有选项被重复选择',
    'en-US': '{{question}}: an option is chosen more than once'
  },
  exclusive: {
    'zh-CN': '{{question}}："{{option}}" 为互斥选项，不能与其他选项同选',
    'en-US':
      '{{question}}: "{{option}}" excludes every other option but is chosen together with others'
  },
  number: {
    'zh-CN': '{{question}}：答案须为数值，实际为 {{found}}',
    'en-US': '{{question}}: the answer must be a number, got {{found}}'
  },
  wholeNumber: {
    'zh-CN': '{{question}}：答案须为整数，实际为 {{value}}',
    'en-US': '{{question}}: the answer must be a whole number, got {{value}}'
  },
  belowMin: {
    'zh-CN': '{{question}}：{{value}} 小于下限 {{min}}',
    'en-US': '{{question}}: {{value}} is below the minimum {{min}}'
  },
  aboveMax: {
    'zh-CN': '{{question}}：{{value}} 大于上限 {{max}}',
    'en-US': '{{question}}: {{value}} is above the maximum {{max}}'
  },
  percentage: {
    'zh-CN': '{{question}}：答案须为百分比数值，实际为 {{found}}',
    'en-US': '{{question}}: the answer must be a percentage, got {{found}}'
  },
  percentRange: {
    'zh-CN': '{{question}}：百分比须在 0–100 之间，实际为 {{value}}',
    'en-US': '{{question}}: a percentage must lie between 0 and 100, got {{value}}'
  },
  date: {
    'zh-CN': '{{question}}：答案须为有效日期（YYYY-MM-DD），实际为 {{found}}',
    'en-US': '{{question}}: the answer must be a real date as YYYY-MM-DD, got {{found}}'
  },
  text: {
    'zh-CN': '{{question}}：答案须为文本，实际为 {{found}}',
    'en-US': '{{question}}: the answer must be a text, got {{found}}'
  },
  evidence: {
    'zh-CN': '{{question}}：证据题只接受证据引用，答案值须为空（null），实际为 {{found}}',
    'en-US':
      '{{question}}: an evidence question is answered with evidence references only; its value must be null, got {{found}}'
  }
} satisfies Record<string, IssueTexts>
