import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import { Button, Modal, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useReportExport, type ReportFormat } from './useReportExport'

const ICONS: Record<ReportFormat, React.ReactNode> = {
  xlsx: <FileExcelOutlined />,
  docx: <FileWordOutlined />,
  pdf: <FilePdfOutlined />
}

/**
 * The home list's "Export report" of one assessment: the same three choices as the workspace
 * header (Excel workbook, Word report, PDF). Loaded on first use, so the list starts no heavier.
 */
export function ExportReportDialog(props: {
  assessmentId: string
  institution: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { busy, exportReport } = useReportExport()
  const choose = async (format: ReportFormat): Promise<void> => {
    await exportReport([props.assessmentId], format)
    props.onClose()
  }
  return (
    <Modal
      open
      title={t('report.exportChoose')}
      footer={null}
      onCancel={props.onClose}
      data-testid="export-report-dialog"
    >
      <p>{props.institution}</p>
      <Space wrap>
        {(['xlsx', 'docx', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            icon={ICONS[format]}
            loading={busy}
            data-testid={`export-choice-${format}`}
            onClick={() => void choose(format)}
          >
            {t(`report.formats.${format}`)}
          </Button>
        ))}
      </Space>
    </Modal>
  )
}
