import { Button, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { IssueTable } from '../../components/IssueTable'
import { MergeView } from './MergeView'
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
    <>
      {report && (
        <Modal
          open
          width={900}
          title={
            report.kind === 'refused'
              ? t('packages.form.refusedTitle')
              : t('packages.form.rowIssuesTitle', { count: report.issues.length })
          }
          onCancel={form.dismiss}
          footer={
            <>
              <Button onClick={form.dismiss}>{t('packages.close')}</Button>
              {changes > 0 && (
                <Button
                  type="primary"
                  data-testid="form-continue"
                  onClick={() => void form.continueWithValid()}
                >
                  {t('packages.form.continue')}
                </Button>
              )}
            </>
          }
        >
          <div data-testid="form-report" data-kind={report.kind}>
            {report.kind === 'rowIssues' && (
              <Typography.Paragraph>
                {t('packages.form.rowIssuesHint', { count: changes })}
              </Typography.Paragraph>
            )}
            <IssueTable issues={report.issues} />
          </div>
        </Modal>
      )}
      {form.merge.session && (
        <MergeView
          session={form.merge.session}
          onClose={form.merge.close}
          onApplied={form.merge.close}
        />
      )}
    </>
  )
}
