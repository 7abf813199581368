import { ImportReportDialogs } from './ImportReportDialogs'
import type { useQuestionnaireForm } from './useQuestionnaireForm'

/** A read form's problems (refused, or rows left out with the option to merge the rest) and the merge view. */
export function QuestionnaireFormDialogs({
  form
}: {
  form: ReturnType<typeof useQuestionnaireForm>
}) {
  const { report } = form
  const changes =
    report?.kind === 'rowIssues'
      ? report.parsed.answers.length + report.parsed.factorEntries.length
      : 0
  return (
    <ImportReportDialogs workbook={form} changes={changes} texts="packages.form" testId="form" />
  )
}
