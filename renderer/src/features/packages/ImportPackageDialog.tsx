import { Alert, App, Button, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { getDatabase } from '../../db/database'
import { importAssessment } from '../../db/repos/import-assessment'
import { ExistingAssessmentRow } from './ExistingAssessmentRow'
import { IssueTable } from '../../components/IssueTable'
import { MergeView } from './MergeView'
import { useMergeStarter } from './useMergeStarter'
import type { ExistingItem, PackageReport } from './useImportPackage'
import './merge.css'
import { FailedAlert } from '../../components/FailedAlert'
import { useBusyAction } from '../../i18n/useBusyAction'

interface ImportPackageDialogProps {
  report: PackageReport | null
  by: string
  settle: (id: string, change: Partial<ExistingItem>) => void
  onClose: () => void
}

/** The outcome of a package import: refused with every problem, or what was added and what exists. */
export function ImportPackageDialog({ report, by, settle, onClose }: ImportPackageDialogProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const merge = useMergeStarter()
  const { busy: working, run } = useBusyAction<string>()
  if (!report) return null
  const done = report.kind === 'done'

  async function act(item: ExistingItem, action: 'merge' | 'copy'): Promise<void> {
    if (report?.kind !== 'done') return
    const id = item.assessment.id
    if (action === 'merge') {
      const started = await merge.start(item.assessment, report.fileName, report.carried)
      if (started === 'identical') settle(id, { state: 'merged' })
    } else {
      const outcome = await importAssessment(
        getDatabase(),
        item.assessment,
        { by, fileName: report.fileName },
        new Date(),
        report.carried
      )
      if (outcome.ok) settle(id, { state: 'copied', copyId: outcome.id })
      else void message.error(t('packages.failed', { message: outcome.reason }))
    }
  }

  const attempt = (item: ExistingItem, action: 'merge' | 'copy'): Promise<void> =>
    run(() => act(item, action), 'packages.failed', item.assessment.id)

  return (
    <>
      <Modal
        open
        width={done ? 720 : 900}
        title={done ? t('packages.doneTitle') : t('packages.refusedTitle')}
        onCancel={onClose}
        footer={<Button onClick={onClose}>{t('packages.close')}</Button>}
      >
        <div data-testid="package-report" data-kind={report.kind}>
          {report.kind === 'failed' && (
            <FailedAlert
              error={report.error}
              title={(message) => t('packages.failed', { message })}
            />
          )}
          {report.kind === 'refused' && (
            <IssueTable
              issues={report.issues}
              summary={
                <>
                  {report.fileName} — {t('packages.issues', { count: report.issues.length })}
                </>
              }
            />
          )}
          {report.kind === 'done' && (
            <>
              <Typography.Paragraph>
                {report.imported.length > 0
                  ? t('packages.importedList', { count: report.imported.length })
                  : t('packages.importedNone')}
              </Typography.Paragraph>
              {report.imported.length > 0 && (
                <ul data-testid="package-imported">
                  {report.imported.map((item) => (
                    <li key={item.id}>
                      <Link to={paths.workspace(item.id)} onClick={onClose}>
                        {item.institution}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {report.banksInstalled > 0 && (
                <Typography.Paragraph type="secondary">
                  {t('packages.banksInstalled', { count: report.banksInstalled })}
                </Typography.Paragraph>
              )}
              {report.existing.length > 0 && (
                <>
                  <Alert type="warning" showIcon title={t('packages.existsIntro')} />
                  {report.existing.map((item) => (
                    <ExistingAssessmentRow
                      key={item.assessment.id}
                      item={item}
                      busy={working === item.assessment.id}
                      onMerge={() => void attempt(item, 'merge')}
                      onCopy={() => void attempt(item, 'copy')}
                    />
                  ))}
                </>
              )}
            </>
          )}
        </div>
      </Modal>
      {merge.session && (
        <MergeView
          session={merge.session}
          onClose={merge.close}
          onApplied={(merged) => {
            settle(merged.id, { state: 'merged' })
            merge.close()
          }}
        />
      )}
    </>
  )
}
