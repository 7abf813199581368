import { useTranslation } from 'react-i18next'
import { ImportReportDialogs } from './ImportReportDialogs'
import type { useQuestionnaireForm } from './useQuestionnaireForm'

/** A read form's problems (refused, or rows left out with the option to merge the rest) and the merge view. */
export function QuestionnaireFormDialogs({
  form
}: {
  form: ReturnType<typeof useQuestionnaireForm>
}) {
  const { t } = useTranslation()
  const { report } = form
  const changes =
    report?.kind === 'rowIssues'
      ? report.parsed.answers.length + report.parsed.factorEntries.length
      : 0
  return (
    <ImportReportDialogs
      report={report && { kind: report.kind, issues: report.issues, changes }}
      texts={{
        refusedTitle: t('packages.form.refusedTitle'),
        rowIssuesTitle: t('packages.form.rowIssuesTitle', { count: report?.issues.length ?? 0 }),
        rowIssuesHint: t('packages.form.rowIssuesHint', { count: changes }),
        continue: t('packages.form.continue')
      }}
      testId="form"
      merge={form.merge}
      onDismiss={form.dismiss}
      onContinue={() => void form.continueWithValid()}
    />
  )
}
