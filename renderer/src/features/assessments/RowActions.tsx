import { CopyOutlined, DeleteOutlined, FileTextOutlined, RollbackOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import { lazy, Suspense, useState, type MouseEvent, type ReactNode } from 'react'
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

/** A row's icon-only action: its name is the tooltip and the accessible name. */
function IconAction(props: {
  label: string
  icon: ReactNode
  testId: string
  onClick: () => unknown
}) {
  return (
    <Tooltip title={props.label}>
      <Button
        size="small"
        type="text"
        icon={props.icon}
        aria-label={props.label}
        data-testid={props.testId}
        onClick={only(props.onClick)}
      />
    </Tooltip>
  )
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
      <IconAction
        label={t('report.export')}
        icon={<FileTextOutlined />}
        testId="action-export-report"
        onClick={() => setExporting(true)}
      />
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
      <IconAction
        label={t('assessments.actions.duplicate')}
        icon={<CopyOutlined />}
        testId="action-duplicate"
        onClick={() => commands.duplicate(row)}
      />
      <IconAction
        label={t('assessments.actions.trash')}
        icon={<DeleteOutlined />}
        testId="action-trash"
        onClick={() => commands.trash(row)}
      />
    </Space>
  )
}
