import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { HiddenFileInput } from '../../components/HiddenFileInput'
import type { RegisterEntry } from '@shared/remediation'
import { ImportReportDialogs } from '../packages/ImportReportDialogs'
import { useWorkspace } from '../workspace/workspace-context'
import { useFeedbackWorkbook } from './useFeedbackWorkbook'

/**
 * The register's feedback workbook buttons: export it for the assessed department, import the
 * filled one (hidden while read-only: a finalized assessment accepts no merge), and what follows —
 * the problems found, then the merge view to review each answer before it is written.
 */
export function FeedbackWorkbookActions({ entries }: { entries: readonly RegisterEntry[] }) {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const feedback = useFeedbackWorkbook(entries)
  const input = useRef<HTMLInputElement>(null)
  const { report } = feedback
  const changes = report?.kind === 'rowIssues' ? report.parsed.changes.length : 0
  return (
    <>
      <Space wrap>
        <Button
          icon={<FileExcelOutlined />}
          data-testid="export-feedback-workbook"
          loading={feedback.busy === 'export'}
          disabled={entries.length === 0}
          onClick={() => void feedback.exportWorkbook()}
        >
          {t('remediation.feedbackFile.export')}
        </Button>
        {!readOnly && (
          <Button
            icon={<UploadOutlined />}
            data-testid="import-feedback-workbook-button"
            loading={feedback.busy === 'import'}
            onClick={() => input.current?.click()}
          >
            {feedback.busy === 'import'
              ? t('remediation.feedbackFile.reading')
              : t('remediation.feedbackFile.import')}
          </Button>
        )}
      </Space>
      <HiddenFileInput
        ref={input}
        accept=".xlsx"
        testId="import-feedback-workbook"
        onFile={(file) => void feedback.importWorkbook(file)}
      />
      <ImportReportDialogs
        workbook={feedback}
        changes={changes}
        texts="remediation.feedbackFile"
        testId="feedback"
      />
    </>
  )
}
