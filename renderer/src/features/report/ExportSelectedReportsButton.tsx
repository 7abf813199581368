import { FileExcelOutlined } from '@ant-design/icons'
import { Button, Progress, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useReportExport } from './useReportExport'

/**
 * The home list's export of the selected assessments: one selected gives its report, several
 * the consolidated workbook. While it works, a progress bar counts the assessments scored, so a
 * long export of hundreds is visibly moving.
 */
export function ExportSelectedReportsButton({ selectedIds }: { selectedIds: readonly string[] }) {
  const { t } = useTranslation()
  const { busy, progress, exportReport } = useReportExport()
  const count = selectedIds.length
  return (
    <Space size="middle" wrap data-testid="export-selected">
      <Button
        data-testid="export-selected-report"
        icon={<FileExcelOutlined />}
        disabled={count === 0}
        loading={busy}
        onClick={() => void exportReport(selectedIds)}
      >
        {count > 1
          ? t('report.exportConsolidated', { count })
          : count === 1
            ? t('report.exportSelectedOne')
            : t('report.exportSelectedNone')}
      </Button>
      {progress !== null && progress.total > 1 && (
        <Space size="small" data-testid="export-progress" aria-live="polite">
          <Progress
            percent={Math.floor((progress.done / progress.total) * 100)}
            size="small"
            style={{ width: 160, margin: 0 }}
          />
          <Typography.Text type="secondary">
            {t('report.progress', { done: progress.done, total: progress.total })}
          </Typography.Text>
        </Space>
      )}
    </Space>
  )
}
