import { Progress, Tag, Typography } from 'antd'
import type { ColumnType } from 'antd/es/table'
import type { TFunction } from 'i18next'
import { Link } from 'react-router'
import { localize } from '@shared/bank/lookup'
import { formatScore } from '@shared/scoring/format'
import { paths } from '../../app/paths'
import type { AssessmentListRow } from '../../db/schema'
import { formatDateTime } from '../../i18n/format'
import type { AppLanguage } from '../../i18n/language'
import { RowActions } from './RowActions'
import { StatusTag } from './StatusTag'
import type { AssessmentCommands } from './useAssessmentCommands'
import type { ListFilters, SortField } from './useListFilters'

type Column = ColumnType<AssessmentListRow> & { key: string }

/** Nothing answered yet: a score of 0 and level L0 would read as a verdict, so none is shown. */
const unstarted = (row: AssessmentListRow): boolean => row.completion === 0

interface ColumnOptions {
  t: TFunction
  language: AppLanguage
  sort: ListFilters['sort']
  trash: boolean
  commands: AssessmentCommands
}

/** The home list's columns; sorting is controlled by the URL (useListFilters). */
export function assessmentColumns({ t, language, sort, trash, commands }: ColumnOptions): Column[] {
  // The screen sorts (and pages) the lines itself: `true` only makes the column sortable.
  const sortable = (field: SortField): Partial<Column> => ({
    sorter: true,
    sortOrder: sort.field === field ? sort.order : null,
    sortDirections: ['ascend', 'descend', 'ascend']
  })
  // Fixed widths (an ellipsis column makes the table layout fixed): a long scope list or a long
  // English level name must not squeeze the other columns into one character per line.
  const en = language === 'en-US'
  const listSeparator = t('common.listSeparator')
  return [
    {
      key: 'institution',
      title: t('assessments.columns.institution'),
      ellipsis: { showTitle: false },
      ...sortable('institution'),
      render: (_, row) => (
        <div style={{ minWidth: 0 }}>
          <Link to={paths.workspace(row.id)} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong title={row.institution}>
              {row.institution}
            </Typography.Text>
          </Link>
          {row.scope.length > 0 && (
            // CSS ellipsis: antd's measured ellipsis cost more than the rest of the row together.
            <Typography.Text
              type="secondary"
              title={row.scope.join(listSeparator)}
              style={{
                display: 'block',
                fontSize: 12,
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap'
              }}
            >
              {row.scope.join(listSeparator)}
            </Typography.Text>
          )}
        </div>
      )
    },
    {
      key: 'period',
      title: t('assessments.columns.period'),
      width: 120,
      ...sortable('period'),
      render: (_, row) => t('assessments.periodValue', row.period)
    },
    {
      key: 'status',
      title: t('assessments.columns.status'),
      width: en ? 104 : 90,
      ...sortable('status'),
      render: (_, row) => <StatusTag status={row.status} />
    },
    {
      key: 'completion',
      title: t('assessments.columns.completion'),
      width: 140,
      ...sortable('completion'),
      render: (_, row) => (
        <Progress
          percent={Math.floor(row.completion)}
          size="small"
          data-value={row.completion}
          aria-label={t('assessments.columns.completion')}
        />
      )
    },
    {
      key: 'score',
      title: t('assessments.columns.score'),
      width: en ? 90 : 80,
      align: 'right',
      ...sortable('score'),
      render: (_, row) => (
        <span data-testid="row-score">{unstarted(row) ? '—' : formatScore(row.score)}</span>
      )
    },
    {
      key: 'level',
      title: t('assessments.columns.level'),
      width: en ? 210 : 130,
      render: (_, row) =>
        unstarted(row) ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : row.levelCode && row.levelLabel ? (
          <Tag color="blue">{`${row.levelCode} · ${localize(row.levelLabel, language)}`}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {row.score === null ? '—' : t('assessments.levelWithheld')}
          </Typography.Text>
        )
    },
    {
      key: 'updatedAt',
      title: t(trash ? 'assessments.columns.deletedAt' : 'assessments.columns.updatedAt'),
      width: en ? 180 : 170,
      // In the trash this column is when it was deleted, and sorts by that (sort-assessments.ts).
      ...sortable('updatedAt'),
      render: (_, row) => formatDateTime(trash ? row.deletedAt : row.updatedAt, language)
    },
    {
      key: 'actions',
      title: t('assessments.columns.actions'),
      width: trash ? 200 : 96,
      render: (_, row) => <RowActions row={row} commands={commands} />
    }
  ]
}
