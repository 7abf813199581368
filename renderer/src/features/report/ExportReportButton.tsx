import type { MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { MenuButton } from '../../components/MenuButton'
import { REPORT_CHOICES, useReportChoices } from './useReportChoices'

/**
 * "Export report" of the open assessment, a choice: the scored Excel workbook, the Word report of
 * record, or its PDF (desktop: printed by main; browser: the print view, for "Save as PDF"); and
 * the workbook or Word report with a password to open it.
 */
export function ExportReportButton({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation()
  const { busy, choose, label, icon, dialog } = useReportChoices()
  const items: MenuProps['items'] = REPORT_CHOICES.flatMap((choice) => [
    ...(choice === 'xlsx-protected' ? [{ type: 'divider' as const }] : []),
    {
      key: choice,
      icon: icon(choice),
      label: <span data-testid={`export-report-${choice}`}>{label(choice)}</span>,
      onClick: () => void choose(assessmentId, choice)
    }
  ])
  return (
    <>
      <MenuButton items={items} testId="export-report" loading={busy}>
        {t('report.export')}
      </MenuButton>
      {dialog}
    </>
  )
}
