import { Button, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@shared/assessment/assessment'
import type { ValidationIssue } from '@shared/util/validation'
import { IssueTable } from '../../components/IssueTable'
import { MergeView } from './MergeView'
import type { useMergeStarter } from './useMergeStarter'

/**
 * What reading a filled workbook gave: refused as a whole, or rows left out with the rest (`parsed`)
 * still usable against `mine`, the assessment as stored when it was read.
 */
export type WorkbookReport<Parsed, Extra = unknown> =
  | { kind: 'refused'; issues: ValidationIssue[] }
  | ({
      kind: 'rowIssues'
      issues: ValidationIssue[]
      parsed: Parsed
      mine: Assessment
      fileName: string
    } & Extra)

/** A workbook round trip as its hook (useQuestionnaireForm, useFeedbackWorkbook) gives it. */
export interface WorkbookImport {
  /** What reading a filled workbook gave: refused as a whole, or rows left out with the rest usable. */
  report: { kind: 'refused' | 'rowIssues'; issues: ValidationIssue[] } | null
  merge: ReturnType<typeof useMergeStarter>
  dismiss: () => void
  continueWithValid: () => Promise<void>
}

/**
 * A read workbook's problems (refused, or rows left out with the option to merge the rest) and
 * the merge view that follows: the questionnaire form and the auditee's feedback workbook share it.
 * The texts are `<texts>.refusedTitle`, `.rowIssuesTitle`, `.rowIssuesHint` and `.continue`.
 * `testId` names the report (`form-report`, `feedback-report`) and its continue button.
 */
export function ImportReportDialogs({
  workbook,
  changes,
  texts,
  testId
}: {
  workbook: WorkbookImport
  /** The changes still usable when rows were left out. */
  changes: number
  texts: 'packages.form' | 'remediation.feedbackFile'
  testId: string
}) {
  const { report, merge } = workbook
  const onDismiss = workbook.dismiss
  const { t } = useTranslation()
  return (
    <>
      {report && (
        <Modal
          open
          width={900}
          title={
            report.kind === 'refused'
              ? t(`${texts}.refusedTitle`)
              : t(`${texts}.rowIssuesTitle`, { count: report.issues.length })
          }
          onCancel={onDismiss}
          footer={
            <>
              <Button onClick={onDismiss}>{t('packages.close')}</Button>
              {report.kind === 'rowIssues' && changes > 0 && (
                <Button
                  type="primary"
                  data-testid={`${testId}-continue`}
                  onClick={() => void workbook.continueWithValid()}
                >
                  {t(`${texts}.continue`)}
                </Button>
              )}
            </>
          }
        >
          <div data-testid={`${testId}-report`} data-kind={report.kind}>
            <IssueTable
              issues={report.issues}
              summary={
                report.kind === 'rowIssues' && t(`${texts}.rowIssuesHint`, { count: changes })
              }
            />
          </div>
        </Modal>
      )}
      {merge.session && (
        <MergeView session={merge.session} onClose={merge.close} onApplied={merge.close} />
      )}
    </>
  )
}
