import { Card, Table } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentListRow } from '../../db/schema'
import { useLanguage } from '../../i18n/useLanguage'
import { assessmentColumns } from './assessment-columns'
import type { AssessmentCommands } from './useAssessmentCommands'
import type { ListFilters, SortField, SortOrder } from './useListFilters'

interface AssessmentTableProps {
  rows: AssessmentListRow[]
  trash: boolean
  sort: ListFilters['sort']
  onSort: (sort: ListFilters['sort']) => void
  commands: AssessmentCommands
  loading: boolean
}

/**
 * The list itself, one page at a time (so 5,000 assessments render as fast as 20); a row click
 * opens the assessment, and the institution name is a link for the keyboard.
 */
export function AssessmentTable({
  rows,
  trash,
  sort,
  onSort,
  commands,
  loading
}: AssessmentTableProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Table<AssessmentListRow>
        data-testid="assessment-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={assessmentColumns({ t, language, sort, trash, commands })}
        dataSource={rows}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('assessments.total', { count }),
          style: { paddingInline: 16 }
        }}
        locale={{ emptyText: t(trash ? 'assessments.trashEmpty' : 'assessments.noMatch') }}
        onChange={(_pagination, _filters, sorter) => {
          const one = Array.isArray(sorter) ? sorter[0] : sorter
          const field = one?.columnKey as SortField | undefined
          const order = one?.order as SortOrder | undefined
          onSort(field && order ? { field, order } : { field: 'updatedAt', order: 'descend' })
        }}
        onRow={(row) =>
          ({
            'data-testid': 'assessment-row',
            'data-assessment-id': row.id,
            onClick: () => {
              if (!trash) commands.open(row)
            },
            style: trash ? undefined : { cursor: 'pointer' }
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  )
}
