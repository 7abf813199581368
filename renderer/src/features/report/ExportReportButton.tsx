import { FileExcelOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useReportExport } from './useReportExport'

/** "Export report": the scored Excel workbook of one assessment (see shared/report). */
export function ExportReportButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const { busy, exportReport } = useReportExport()
  return (
    <Button
      data-testid="export-report"
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={() => void exportReport([assessmentId])}
    >
      {t('report.export')}
    </Button>
  )
}
