import { Card, Flex, Select, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FINDING_STATUSES, type FindingRecord } from '@shared/assessment/assessment'
import { formatScore } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { RemediationCell } from './FindingCells'
import { findingRows, type FindingRow } from './finding-rows'
import { useFindingSaver } from './useFindingSaver'

type StatusFilter = FindingRecord['status'] | 'all'

function ItemCell({ row }: { row: FindingRow }) {
  const { t } = useTranslation()
  const { finding } = row
  return (
    <Flex vertical gap={2}>
      <Link to={row.href}>
        <Typography.Text code>{finding.targetId}</Typography.Text>
      </Link>
      <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.title }} style={{ margin: 0 }}>
        {row.title}
      </Typography.Paragraph>
      <Flex gap={4} wrap>
        {finding.kind === 'factor' && <Tag>{t('results.findings.tags.factor')}</Tag>}
        {finding.redLine && <Tag color="error">{t('results.findings.tags.redLine')}</Tag>}
        {finding.critical && <Tag color="warning">{t('results.findings.tags.critical')}</Tag>}
        {finding.unanswered && <Tag>{t('results.findings.tags.unanswered')}</Tag>}
      </Flex>
    </Flex>
  )
}

/** The ranked gaps, each with its remediation record (owner, due date, action, status), autosaved. */
export function FindingsTable() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, findingRecords, index, assessment, readOnly } = useWorkspace()
  const save = useFindingSaver()
  const [filter, setFilter] = useState<StatusFilter>('all')
  const rows = useMemo(
    () =>
      findingRows({
        findings: result.findings,
        records: findingRecords,
        index,
        assessmentId: assessment.id,
        locale: language
      }),
    [result.findings, findingRecords, index, assessment.id, language]
  )
  const shown = filter === 'all' ? rows : rows.filter((row) => row.record.status === filter)
  const cell = (row: FindingRow) => ({ record: row.record, disabled: readOnly, save })

  const columns: TableColumnsType<FindingRow> = [
    { title: '#', key: 'rank', width: 48, render: (_, row) => row.rank },
    {
      title: t('results.findings.priority'),
      key: 'priority',
      width: 80,
      align: 'right',
      render: (_, { finding }) => formatScore(finding.priority)
    },
    {
      title: t('results.findings.item'),
      key: 'item',
      render: (_, row) => <ItemCell row={row} />
    },
    {
      title: t('results.findings.score'),
      key: 'score',
      width: 64,
      align: 'right',
      render: (_, { finding }) => formatScore(finding.score)
    },
    {
      title: t('results.findings.remediation'),
      key: 'remediation',
      width: 460,
      render: (_, row) => <RemediationCell {...cell(row)} />
    }
  ]

  return (
    <Card
      title={t('results.findings.title')}
      extra={
        <Select<StatusFilter>
          data-testid="findings-status-filter"
          aria-label={t('results.findings.status')}
          value={filter}
          onChange={setFilter}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: t('results.findings.filterAll') },
            ...FINDING_STATUSES.map((s) => ({
              value: s,
              label: t(`results.findings.statuses.${s}`)
            }))
          ]}
        />
      }
    >
      <Typography.Paragraph type="secondary">{t('results.findings.intro')}</Typography.Paragraph>
      <Table<FindingRow>
        data-testid="findings-table"
        size="small"
        columns={columns}
        dataSource={shown}
        rowKey={(row) => row.finding.id}
        onRow={(row) =>
          ({ 'data-testid': `finding-${row.finding.id}` }) as React.HTMLAttributes<HTMLElement>
        }
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('results.findings.empty') }}
      />
    </Card>
  )
}
