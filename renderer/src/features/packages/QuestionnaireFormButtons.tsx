import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { FilePickButton } from '../../components/FilePickButton'
import { useWorkspace } from '../workspace/workspace-context'
import { IssueTable } from './IssueTable'
import { MergeView } from './MergeView'
import { useQuestionnaireForm } from './useQuestionnaireForm'

/**
 * "Export questionnaire form" and "Import filled form" for the open assessment (the import is
 * hidden while it is read-only: a finalized assessment accepts no merge).
 */
export function QuestionnaireFormButtons() {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const form = useQuestionnaireForm()
  const { report } = form
  const changes =
    report?.kind === 'rowIssues'
      ? report.parsed.answers.length + report.parsed.factorEntries.length
      : 0
  return (
    <>
      <Button
        data-testid="export-questionnaire-form"
        icon={<FileExcelOutlined />}
        loading={form.busy === 'export'}
        onClick={() => void form.exportForm()}
      >
        {t('packages.form.export')}
      </Button>
      {!readOnly && (
        <FilePickButton
          testId="import-questionnaire-form"
          accept={['xlsx']}
          icon={<UploadOutlined />}
          busy={form.busy === 'import'}
          onFile={(file) => void form.importForm(file)}
        >
          {t('packages.form.import')}
        </FilePickButton>
      )}
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
            <IssueTable issues={report.issues} partTitle={t('packages.form.cell')} />
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
