import { Button, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { IssueTable } from '../../components/IssueTable'
import { MergeView } from './MergeView'
import type { useMergeStarter } from './useMergeStarter'

/** What reading a filled workbook gave: refused as a whole, or rows left out with the rest usable. */
export interface ImportReport {
  kind: 'refused' | 'rowIssues'
  issues: ValidationIssue[]
  /** The changes still usable when rows were left out. */
  changes: number
}

export interface ImportReportTexts {
  refusedTitle: string
  rowIssuesTitle: string
  rowIssuesHint: string
  continue: string
}

/**
 * A read workbook's problems (refused, or rows left out with the option to merge the rest) and
 * the merge view that follows: the questionnaire form and the auditee's feedback workbook share it.
 * `testId` names the report (`form-report`, `feedback-report`) and its continue button.
 */
export function ImportReportDialogs({
  report,
  texts,
  testId,
  merge,
  onDismiss,
  onContinue
}: {
  report: ImportReport | null
  texts: ImportReportTexts
  testId: string
  merge: ReturnType<typeof useMergeStarter>
  onDismiss: () => void
  onContinue: () => void
}) {
  const { t } = useTranslation()
  return (
    <>
      {report && (
        <Modal
          open
          width={900}
          title={report.kind === 'refused' ? texts.refusedTitle : texts.rowIssuesTitle}
          onCancel={onDismiss}
          footer={
            <>
              <Button onClick={onDismiss}>{t('packages.close')}</Button>
              {report.kind === 'rowIssues' && report.changes > 0 && (
                <Button type="primary" data-testid={`${testId}-continue`} onClick={onContinue}>
                  {texts.continue}
                </Button>
              )}
            </>
          }
        >
          <div data-testid={`${testId}-report`} data-kind={report.kind}>
            {report.kind === 'rowIssues' && (
              <Typography.Paragraph>{texts.rowIssuesHint}</Typography.Paragraph>
            )}
            <IssueTable issues={report.issues} />
          </div>
        </Modal>
      )}
      {merge.session && (
        <MergeView session={merge.session} onClose={merge.close} onApplied={merge.close} />
      )}
    </>
  )
}
