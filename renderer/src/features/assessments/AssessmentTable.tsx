import { Table } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Panel } from '../../components/Panel'
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
  /** The page shown (the rows are that page's) and how many lines the view holds. */
  paging: {
    page: number
    pageSize: number
    total: number
    onChange: (page: number, pageSize: number) => void
  }
  /** Checkboxes for choosing assessments (e.g. for a consolidated report); none when absent. */
  selection?: { selectedIds: readonly string[]; onChange: (ids: string[]) => void }
}

/**
 * The list itself, one page at a time (so 5,000 assessments render as fast as 20): the screen
 * reads, sorts and pages the lines; this shows the page it is given. A row click opens the
 * assessment, and the institution name is a link for the keyboard.
 */
export function AssessmentTable({
  rows,
  trash,
  sort,
  onSort,
  commands,
  loading,
  paging,
  selection
}: AssessmentTableProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Panel
      padding={0}
      data-testid="assessment-list"
      data-list-state={loading ? 'loading' : 'ready'}
    >
      <Table<AssessmentListRow>
        data-testid="assessment-table"
        rowKey="id"
        size="middle"
        loading={loading}
        columns={assessmentColumns({ t, language, sort, trash, commands })}
        dataSource={rows}
        rowSelection={
          selection && {
            selectedRowKeys: [...selection.selectedIds],
            onChange: (keys) => selection.onChange(keys.map(String)),
            preserveSelectedRowKeys: true,
            columnWidth: 40,
            // A click on the checkbox selects; it must not also open the assessment (row click).
            renderCell: (_checked, _row, _index, node) => (
              <span data-testid="select-assessment" onClick={(event) => event.stopPropagation()}>
                {node}
              </span>
            )
          }
        }
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: paging.total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('assessments.total', { count }),
          style: { paddingInline: 16 }
        }}
        locale={{ emptyText: t(trash ? 'assessments.trashEmpty' : 'assessments.noMatch') }}
        onChange={(pagination, _filters, sorter, { action }) => {
          if (action === 'paginate') {
            paging.onChange(pagination.current ?? 1, pagination.pageSize ?? paging.pageSize)
            return
          }
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
    </Panel>
  )
}
