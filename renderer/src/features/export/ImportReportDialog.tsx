import { Alert, Button, Modal, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { describeError } from '../../i18n/describe-error'
import { describeIssue, describeIssuePlace } from '../../i18n/describe-issue'
import type { ImportReport } from './useImportAssessment'

/** What happened to an imported file: written (possibly as a copy), or refused with every reason. */
export function ImportReportDialog({
  report,
  onClose
}: {
  report: ImportReport | null
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
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
        {report.kind === 'notJson' && (
          <Alert type="error" showIcon title={t('assessmentFile.notJson')} />
        )}
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
          <Alert
            type="error"
            showIcon
            title={t('assessmentFile.failed', {
              message: describeError(report.error, t, i18n.language)
            })}
          />
        )}
        {report.kind === 'issues' && (
          <>
            <Typography.Paragraph>
              {t('assessmentFile.issues', { count: report.issues.length })}
            </Typography.Paragraph>
            <Table
              data-testid="import-issues"
              size="small"
              rowKey={(_, i) => String(i)}
              dataSource={report.issues}
              pagination={false}
              scroll={{ y: 320 }}
              onRow={() => ({ 'data-testid': 'import-issue' }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('assessmentFile.path'),
                  dataIndex: 'path',
                  width: 260,
                  render: (path: string) => (
                    <Typography.Text code>
                      {describeIssuePlace(path, i18n.language)}
                    </Typography.Text>
                  )
                },
                {
                  title: t('assessmentFile.reason'),
                  key: 'message',
                  render: (_: unknown, issue: (typeof report.issues)[number]) =>
                    describeIssue(issue, i18n.language)
                }
              ]}
            />
          </>
        )}
      </div>
    </Modal>
  )
}
