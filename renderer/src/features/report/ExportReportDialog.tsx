import { Button, Modal, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { REPORT_CHOICES, useReportChoices, type ReportChoice } from './useReportChoices'

/**
 * The home list's "Export report" of one assessment: the same choices as the workspace header
 * (Excel workbook, Word report, PDF, and the first two with a password). Loaded on first use, so
 * the list starts no heavier.
 */
export function ExportReportDialog(props: {
  assessmentId: string
  institution: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { busy, choose, label, icon, dialog } = useReportChoices()
  const pick = async (choice: ReportChoice): Promise<void> => {
    await choose(props.assessmentId, choice)
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
        {REPORT_CHOICES.map((choice) => (
          <Button
            key={choice}
            icon={icon(choice)}
            loading={busy}
            data-testid={`export-choice-${choice}`}
            onClick={() => void pick(choice)}
          >
            {label(choice)}
          </Button>
        ))}
      </Space>
      {dialog}
    </Modal>
  )
}
