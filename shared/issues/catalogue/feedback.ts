import { bilingual, type IssueTexts } from './texts'

/** The auditee's feedback workbook (feedback-xlsx, 事实确认): its metadata and finding rows. */
export const feedbackIssues = {
  notFeedbackWorkbook: bilingual(
    '该工作簿不是稳定性保障评估工具的问题清单反馈表（表单类型 {{kind}}）',
    'this workbook is not a findings feedback workbook of Stability Assessor (form kind {{kind}})'
  ),
  newerLayout: bilingual(
    '该反馈表由更高版本的应用导出（格式版本 {{version}}），请升级应用后再导入',
    'the feedback workbook was made by a newer version of the app (layout {{version}}); update the app to import it'
  ),
  unknownLayout: bilingual(
    '未知的反馈表格式版本 {{version}}',
    'unknown feedback workbook layout version {{version}}'
  ),
  otherAssessment: bilingual(
    '该反馈表属于评估“{{id}}”{{institution}}，而非当前评估“{{assessment}}”：请从本评估的问题清单导出反馈表，或打开对应的评估',
    'this feedback workbook belongs to assessment "{{id}}"{{institution}}, not to "{{assessment}}"; export one from this assessment\'s findings or open the right assessment'
  ),
  unknownFinding: bilingual(
    '问题编号 {{id}} 不在本评估的问题清单中：编号不得修改',
    'finding id {{id}} is not in the findings of this assessment; ids must not be changed'
  ),
  findingTwice: bilingual(
    '问题 {{id}} 出现了两次（首次在第 {{first}} 行）',
    'finding {{id}} appears twice (first in row {{first}})'
  ),
  rowOfOtherFinding: bilingual(
    '该行导出时对应问题 {{id}}：编号不得修改',
    'this row was exported for finding {{id}}; ids must not be changed'
  ),
  notResponse: bilingual(
    '{{value}} 不是可选意见之一：{{choices}}',
    '{{value}} is not one of {{choices}}'
  ),
  responseMissing: bilingual(
    '填写了说明、整改计划或日期，但未选择意见（{{choices}}）',
    'an explanation, plan or date is filled in but no answer is chosen ({{choices}})'
  ),
  explanationRequired: bilingual(
    '意见为“{{response}}”时须填写说明',
    'an explanation is required when the answer is "{{response}}"'
  )
} satisfies Record<string, IssueTexts>
