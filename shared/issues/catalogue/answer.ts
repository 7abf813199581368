import { bilingual, type IssueTexts } from './texts'

/** An answer that does not fit its question (assessment/validate.ts answerValueIssue). */
export const answerIssues = {
  maturity: bilingual(
    '{{question}}：成熟度须为 0–4 的整数，实际为 {{found}}',
    '{{question}}: a maturity level must be a whole number from 0 to 4, got {{found}}'
  ),
  yesPartialNo: bilingual(
    '{{question}}：答案须为 "yes"（是）、"partial"（部分）或 "no"（否），实际为 {{found}}',
    '{{question}}: the answer must be "yes", "partial" or "no", got {{found}}'
  ),
  oneOption: bilingual(
    '{{question}}：答案须为一个选项编号，实际为 {{found}}',
    '{{question}}: the answer must be one option id, got {{found}}'
  ),
  notOption: bilingual(
    '{{question}}："{{value}}" 不是本题的选项（可选：{{options}}）',
    '{{question}}: "{{value}}" is not an option (options: {{options}})'
  ),
  optionList: bilingual(
    '{{question}}：答案须为选项编号的列表，实际为 {{found}}',
    '{{question}}: the answer must be a list of option ids, got {{found}}'
  ),
  notOptions: bilingual(
    '{{question}}：{{values}} 不是本题的选项（可选：{{options}}）',
    '{{question}}: {{values}} not an option (options: {{options}})'
  ),
  chosenTwice: bilingual(
    '{{question}}：有选项被重复选择',
    '{{question}}: an option is chosen more than once'
  ),
  exclusive: bilingual(
    '{{question}}："{{option}}" 为互斥选项，不能与其他选项同选',
    '{{question}}: "{{option}}" excludes every other option but is chosen together with others'
  ),
  number: bilingual(
    '{{question}}：答案须为数值，实际为 {{found}}',
    '{{question}}: the answer must be a number, got {{found}}'
  ),
  wholeNumber: bilingual(
    '{{question}}：答案须为整数，实际为 {{value}}',
    '{{question}}: the answer must be a whole number, got {{value}}'
  ),
  belowMin: bilingual(
    '{{question}}：{{value}} 小于下限 {{min}}',
    '{{question}}: {{value}} is below the minimum {{min}}'
  ),
  aboveMax: bilingual(
    '{{question}}：{{value}} 大于上限 {{max}}',
    '{{question}}: {{value}} is above the maximum {{max}}'
  ),
  percentage: bilingual(
    '{{question}}：答案须为百分比数值，实际为 {{found}}',
    '{{question}}: the answer must be a percentage, got {{found}}'
  ),
  percentRange: bilingual(
    '{{question}}：百分比须在 0–100 之间，实际为 {{value}}',
    '{{question}}: a percentage must lie between 0 and 100, got {{value}}'
  ),
  date: bilingual(
    '{{question}}：答案须为有效日期（YYYY-MM-DD），实际为 {{found}}',
    '{{question}}: the answer must be a real date as YYYY-MM-DD, got {{found}}'
  ),
  text: bilingual(
    '{{question}}：答案须为文本，实际为 {{found}}',
    '{{question}}: the answer must be a text, got {{found}}'
  ),
  evidence: bilingual(
    '{{question}}：证据题只接受证据引用，答案值须为空（null），实际为 {{found}}',
    '{{question}}: an evidence question is answered with evidence references only; its value must be null, got {{found}}'
  )
} satisfies Record<string, IssueTexts>
