import { CopyOutlined, DeleteOutlined, FileTextOutlined, RollbackOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import { lazy, Suspense, useState, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentListRow } from '../../db/schema'
import type { AssessmentCommands } from './useAssessmentCommands'

// The export choices (and the report builders behind them) load when first asked for.
const ExportReportDialog = lazy(() =>
  import('../report/ExportReportDialog').then((module) => ({ default: module.ExportReportDialog }))
)

interface RowActionsProps {
  row: AssessmentListRow
  commands: AssessmentCommands
}

/** Clicks here must not also open the row. */
const only =
  (action: () => unknown) =>
  (event: MouseEvent): void => {
    event.stopPropagation()
    void action()
  }

/**
 * Export report, next period and trash for a live assessment; restore and permanent delete in the
 * trash.
 */
export function RowActions({ row, commands }: RowActionsProps) {
  const { t } = useTranslation()
  const [exporting, setExporting] = useState(false)
  if (row.deletedAt !== undefined) {
    return (
      <Space size={4}>
        <Button
          size="small"
          icon={<RollbackOutlined />}
          data-testid="action-restore"
          onClick={only(() => commands.restore(row))}
        >
          {t('assessments.actions.restore')}
        </Button>
        <Button
          size="small"
          danger
          data-testid="action-purge"
          onClick={only(() => commands.purge(row))}
        >
          {t('assessments.actions.purge')}
        </Button>
      </Space>
    )
  }
  return (
    <Space size={4}>
      <Tooltip title={t('report.export')}>
        <Button
          size="small"
          type="text"
          icon={<FileTextOutlined />}
          aria-label={t('report.export')}
          data-testid="action-export-report"
          onClick={only(() => setExporting(true))}
        />
      </Tooltip>
      {exporting && (
        <Suspense fallback={null}>
          <span onClick={(event) => event.stopPropagation()}>
            <ExportReportDialog
              assessmentId={row.id}
              institution={row.institution}
              onClose={() => setExporting(false)}
            />
          </span>
        </Suspense>
      )}
      <Tooltip title={t('assessments.actions.duplicate')}>
        <Button
          size="small"
          type="text"
          icon={<CopyOutlined />}
          aria-label={t('assessments.actions.duplicate')}
          data-testid="action-duplicate"
          onClick={only(() => commands.duplicate(row))}
        />
      </Tooltip>
      <Tooltip title={t('assessments.actions.trash')}>
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={t('assessments.actions.trash')}
          data-testid="action-trash"
          onClick={only(() => commands.trash(row))}
        />
      </Tooltip>
    </Space>
  )
}
