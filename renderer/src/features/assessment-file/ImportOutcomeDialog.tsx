import { Alert, Button, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { IssueTable } from '../../components/IssueTable'
import type { ImportOutcome } from './useImportAssessment'
import { FailedAlert } from '../../components/FailedAlert'

/** What happened to an imported file: written (possibly as a copy), or refused with every reason. */
export function ImportOutcomeDialog({
  report,
  onClose
}: {
  report: ImportOutcome | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  if (!report) return null
  const imported = report.kind === 'imported'
  const footer = imported ? (
    <>
      <Button onClick={onClose}>{t('assessmentFile.close')}</Button>
      <Button
        type="primary"
        data-testid="import-open"
        onClick={() => {
          onClose()
          void navigate(paths.workspace(report.id))
        }}
      >
        {t('assessmentFile.open')}
      </Button>
    </>
  ) : (
    <Button onClick={onClose}>{t('assessmentFile.close')}</Button>
  )

  return (
    <Modal
      open
      width={imported ? 520 : 760}
      title={
        imported
          ? t('assessmentFile.imported', { institution: report.institution })
          : t('assessmentFile.refusedTitle')
      }
      onCancel={onClose}
      footer={footer}
    >
      <OutcomeBody report={report} />
    </Modal>
  )
}

/** The outcome in words: the copy notice, the one reason it was refused, or every problem. */
function OutcomeBody({ report }: { report: ImportOutcome }) {
  const { t } = useTranslation()
  return (
    <div data-testid="import-report" data-kind={report.kind}>
      {report.kind === 'imported' &&
        (report.copiedFrom ? (
          <Alert
            type="info"
            showIcon
            data-testid="import-copy-notice"
            title={t('assessmentFile.importedCopy', { id: report.copiedFrom })}
          />
        ) : (
          <Typography.Paragraph>{t('assessmentFile.importedHint')}</Typography.Paragraph>
        ))}
      {report.kind === 'bankMissing' && (
        <Alert
          type="error"
          showIcon
          title={t('assessmentFile.bankMissing', {
            id: report.bank.id,
            version: report.bank.version
          })}
        />
      )}
      {report.kind === 'failed' && (
        <FailedAlert
          error={report.error}
          title={(message) => t('assessmentFile.failed', { message })}
        />
      )}
      {report.kind === 'issues' && (
        <IssueTable
          issues={report.issues}
          summary={t('assessmentFile.issues', { count: report.issues.length })}
        />
      )}
    </div>
  )
}
