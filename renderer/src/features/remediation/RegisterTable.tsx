import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RegisterEntry } from '@shared/remediation'
import { factorHref, questionHref } from '../review/jump-links'
import { useWorkspace } from '../workspace/workspace-context'
import { DueDateCell, OwnerCell, StatusCell } from './FindingCells'
import { RiskTag } from './RiskTag'
import type { FindingSave } from './useFindingSaver'

const RESPONSE_COLORS = { agree: 'success', partial: 'warning', disagree: 'error' } as const

/** 事实确认: the department's answer as a tag; its explanation, plan, date and who on hover. */
function FeedbackTag({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation()
  const feedback = entry.record.feedback
  if (feedback === undefined) return null
  const details = [
    feedback.explanation,
    feedback.plan && `${t('remediation.drawer.feedbackPlan')}: ${feedback.plan}`,
    feedback.plannedDate && `${t('remediation.drawer.feedbackDate')}: ${feedback.plannedDate}`,
    feedback.by && `${t('remediation.drawer.feedbackBy')}: ${feedback.by}`
  ].filter(Boolean)
  return (
    <Tooltip
      title={details.length > 0 ? details.map((line, k) => <div key={k}>{line}</div>) : undefined}
    >
      <Tag
        color={RESPONSE_COLORS[feedback.response]}
        data-testid="finding-feedback"
        data-response={feedback.response}
      >
        {t('remediation.tags.feedback', {
          response: t(`remediation.responses.${feedback.response}`)
        })}
      </Tag>
    </Tooltip>
  )
}

/** The flags a reader scans for, as tags: what the engine says and where the remediation stands. */
export function EntryTags({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation()
  const f = entry.finding
  return (
    <Flex gap={4} wrap data-testid="finding-tags">
      {entry.kind === 'factor' && <Tag>{t('remediation.tags.factor')}</Tag>}
      {f?.redLine && <Tag color="error">{t('remediation.tags.redLine')}</Tag>}
      {f?.critical && <Tag color="warning">{t('remediation.tags.critical')}</Tag>}
      {f?.unanswered && <Tag>{t('remediation.tags.unanswered')}</Tag>}
      {entry.urgent && <Tag color="volcano">{t('remediation.tags.urgent')}</Tag>}
      {entry.overdue && (
        <Tag color="red" data-testid="finding-overdue">
          {t('remediation.tags.overdue')}
        </Tag>
      )}
      {entry.repeat && (
        <Tag color="magenta" data-testid="finding-repeat">
          {t('remediation.tags.repeat')}
        </Tag>
      )}
      {entry.carried && (
        <Tag color="blue" data-testid="finding-carried">
          {t('remediation.tags.carried')}
        </Tag>
      )}
      {f === null && <Tag color="success">{t('remediation.tags.noLongerGap')}</Tag>}
      <FeedbackTag entry={entry} />
    </Flex>
  )
}

function ItemCell({ entry }: { entry: RegisterEntry }) {
  const { assessment } = useWorkspace()
  const href =
    entry.kind === 'factor'
      ? factorHref(assessment.id, entry.targetId)
      : questionHref(assessment.id, entry.sectionId, entry.targetId)
  return (
    <Flex vertical gap={2}>
      <Link to={href}>
        <Typography.Text code>{entry.targetId}</Typography.Text>
      </Link>
      <Typography.Paragraph
        ellipsis={{ rows: 2, tooltip: entry.description }}
        style={{ margin: 0, whiteSpace: 'pre-line' }}
      >
        {entry.title}
      </Typography.Paragraph>
      <EntryTags entry={entry} />
    </Flex>
  )
}

interface RegisterTableProps {
  entries: RegisterEntry[]
  save: FindingSave
  selected: string[]
  onSelect: (ids: string[]) => void
  onEdit: (findingId: string) => void
}

/** The register's lines: number, finding and its flags, risk, department, due date and status. */
export function RegisterTable({ entries, save, selected, onSelect, onEdit }: RegisterTableProps) {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const cell = (entry: RegisterEntry) => ({ record: entry.record, disabled: readOnly, save })
  const columns: TableColumnsType<RegisterEntry> = [
    {
      title: t('remediation.columns.number'),
      key: 'rank',
      width: 56,
      render: (_, entry) => entry.rank ?? '—'
    },
    {
      title: t('remediation.columns.finding'),
      key: 'finding',
      render: (_, entry) => <ItemCell entry={entry} />
    },
    {
      title: t('remediation.columns.risk'),
      key: 'risk',
      width: 90,
      render: (_, entry) => <RiskTag entry={entry} />
    },
    {
      title: t('remediation.columns.owner'),
      key: 'owner',
      width: 180,
      render: (_, entry) => <OwnerCell {...cell(entry)} />
    },
    {
      title: t('remediation.columns.dueDate'),
      key: 'dueDate',
      width: 150,
      render: (_, entry) => <DueDateCell {...cell(entry)} />
    },
    {
      title: t('remediation.columns.status'),
      key: 'status',
      width: 170,
      render: (_, entry) => <StatusCell {...cell(entry)} />
    },
    {
      title: t('remediation.columns.actions'),
      key: 'actions',
      width: 80,
      render: (_, entry) => (
        <Button size="small" data-testid="finding-edit" onClick={() => onEdit(entry.findingId)}>
          {t('remediation.edit')}
        </Button>
      )
    }
  ]
  return (
    <Table<RegisterEntry>
      data-testid="findings-table"
      size="small"
      columns={columns}
      dataSource={entries}
      rowKey={(entry) => entry.findingId}
      rowSelection={
        readOnly
          ? undefined
          : {
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(String))
            }
      }
      onRow={(entry) =>
        ({ 'data-testid': `finding-${entry.findingId}` }) as React.HTMLAttributes<HTMLElement>
      }
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: t('remediation.filters.empty') }}
    />
  )
}
