import { CopyOutlined, DeleteOutlined, RollbackOutlined } from '@ant-design/icons'
import { Button, Space, Tooltip } from 'antd'
import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentListRow } from '../../db/schema'
import type { AssessmentCommands } from './useAssessmentCommands'

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

/** Next period and trash for a live assessment; restore and permanent delete in the trash. */
export function RowActions({ row, commands }: RowActionsProps) {
  const { t } = useTranslation()
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
