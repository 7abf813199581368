import {
  DownOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined
} from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import { useTranslation } from 'react-i18next'
import { useReportExport, type ReportFormat } from './useReportExport'

const ICONS: Record<ReportFormat, React.ReactNode> = {
  xlsx: <FileExcelOutlined />,
  docx: <FileWordOutlined />,
  pdf: <FilePdfOutlined />
}

/**
 * "Export report" of the open assessment, a choice: the scored Excel workbook, the Word report of
 * record, or its PDF (desktop: printed by main; browser: the print view, for "Save as PDF").
 */
export function ExportReportButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const { busy, exportReport } = useReportExport()
  const items = (['xlsx', 'docx', 'pdf'] as const).map((format) => ({
    key: format,
    icon: ICONS[format],
    label: <span data-testid={`export-report-${format}`}>{t(`report.formats.${format}`)}</span>,
    onClick: () => void exportReport([assessmentId], format)
  }))
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button data-testid="export-report" loading={busy}>
        {t('report.export')} <DownOutlined />
      </Button>
    </Dropdown>
  )
}
