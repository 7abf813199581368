import { Card, Flex, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeading } from '../../components/PageHeading'
import { useLanguage } from '../../i18n/useLanguage'
import { actionLabel, targetLabel } from './action-label'
import { AuditChainCheck } from './AuditChainCheck'
import type { AuditLine } from './audit-entries'
import { filterAudit, type AuditFilter } from './audit-filter'
import { AuditFilters } from './AuditFilters'
import { ChangeList } from './ChangeList'
import { formatDateTime } from './format-date'
import { useAuditLines } from './useAuditLines'

const actionColour: Record<string, string> = {
  'assessment.finalize': 'success',
  'assessment.reopen': 'warning',
  'status.change': 'processing',
  'assessment.import': 'purple',
  'assessment.create': 'blue'
}

function TargetCell({ line }: { line: AuditLine }) {
  const { t } = useTranslation()
  const name = targetLabel(line.targetKind, line.targetId, t)
  return (
    <Flex vertical gap={2}>
      {line.href ? <Link to={line.href}>{name}</Link> : <span>{name}</span>}
      {line.targetLabel && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: line.targetLabel }}
          style={{ fontSize: 12, maxWidth: '100%' }}
        >
          {line.targetLabel}
        </Typography.Text>
      )}
    </Flex>
  )
}

/** The audit log: every change with who, when, what (old → new) and why; filterable. */
export function AuditScreen() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const lines = useAuditLines()
  const [filter, setFilter] = useState<AuditFilter>({})
  const shown = lines ? filterAudit(lines, filter) : []

  const columns: TableColumnsType<AuditLine> = [
    {
      title: t('audit.columns.at'),
      key: 'at',
      width: 140,
      render: (_, { entry }) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, language)}</span>
      )
    },
    { title: t('audit.columns.by'), key: 'by', width: 90, render: (_, { entry }) => entry.by },
    {
      title: t('audit.columns.action'),
      key: 'action',
      width: 150,
      render: (_, { entry }) => (
        <Tag color={actionColour[entry.action]}>{actionLabel(entry.action, t)}</Tag>
      )
    },
    {
      title: t('audit.columns.target'),
      key: 'target',
      width: 230,
      render: (_, line) => <TargetCell line={line} />
    },
    {
      title: t('audit.columns.change'),
      key: 'change',
      render: (_, line) => <ChangeList changes={line.changes} />
    },
    {
      title: t('audit.columns.reason'),
      key: 'reason',
      width: 170,
      render: (_, { entry }) =>
        entry.reason && <Typography.Text data-testid="audit-reason">{entry.reason}</Typography.Text>
    }
  ]

  return (
    <div data-testid="audit-screen">
      <PageHeading title={t('audit.title')} intro={t('audit.intro')} />
      {lines && <AuditChainCheck newestFirst={lines.map((line) => line.entry)} />}
      <Card style={{ marginTop: 16 }}>
        {lines && (
          <AuditFilters lines={lines} filter={filter} onChange={setFilter} shown={shown.length} />
        )}
        <Table<AuditLine>
          data-testid="audit-table"
          size="small"
          // Fixed widths: the change (old → new) keeps the room that is left, instead of being
          // squeezed to a word per line by long question texts.
          tableLayout="fixed"
          loading={!lines}
          columns={columns}
          dataSource={shown}
          rowKey={(line) => line.entry.id}
          onRow={(line) =>
            ({
              'data-testid': 'audit-row',
              'data-action': line.entry.action,
              'data-target': line.entry.target ?? ''
            }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('audit.empty') }}
        />
      </Card>
    </div>
  )
}
