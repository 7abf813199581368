import { Card, Table, Tag, Tooltip, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { EvaluationFactor } from '@shared/bank/factor'
import { formatScore, type FactorResult } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { factorHref } from '../review/jump-links'
import { useWorkspace } from '../workspace/workspace-context'
import { formatFactorValue } from './format'
import { FactorValueNotes, SystemFigures } from './SystemFigures'
import './results.css'

interface FactorRow {
  factor: EvaluationFactor
  result: FactorResult
}

/** Every evaluation factor: value, band, score, target, whether it is met, and its red lines. */
export function FactorTable() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, index, assessment } = useWorkspace()
  const rows = result.factors.flatMap((factorResult): FactorRow[] => {
    const factor = index.factors.get(factorResult.id)
    return factor ? [{ factor, result: factorResult }] : []
  })
  const minutes = (value: string) => t('results.factors.minutes', { value })

  const columns: TableColumnsType<FactorRow> = [
    {
      title: t('results.factors.factor'),
      key: 'name',
      render: (_, { factor }) => (
        <Link
          to={factorHref(assessment.id, factor.id)}
        >{`${factor.id} ${factor.name[language]}`}</Link>
      )
    },
    { title: t('results.factors.process'), key: 'feeds', render: (_, { factor }) => factor.feeds },
    {
      title: t('results.factors.value'),
      key: 'value',
      align: 'right',
      render: (_, row) =>
        row.result.status === 'ok' ? (
          <>
            {formatFactorValue(row.factor, row.result.value, minutes)}
            <FactorValueNotes result={row.result} />
          </>
        ) : (
          <Typography.Text type="secondary">
            {t(`factors.status.${row.result.status}`)}
          </Typography.Text>
        )
    },
    {
      title: t('results.factors.band'),
      key: 'band',
      align: 'center',
      render: (_, row) =>
        row.result.band ? <Tag>{row.result.band}</Tag> : t('results.factors.none')
    },
    {
      title: t('results.factors.score'),
      key: 'score',
      align: 'right',
      render: (_, row) => formatScore(row.result.score)
    },
    {
      title: t('results.factors.target'),
      key: 'target',
      render: (_, { factor }) =>
        factor.targetLabel?.[language] ?? formatFactorValue(factor, factor.target, minutes)
    },
    {
      title: t('results.factors.pass'),
      key: 'pass',
      render: (_, row) =>
        row.result.pass === null ? (
          t('results.factors.none')
        ) : row.result.pass ? (
          <Tag color="success">{t('results.factors.passYes')}</Tag>
        ) : (
          <Tag color="warning">{t('results.factors.passNo')}</Tag>
        )
    },
    {
      title: t('results.factors.redLine'),
      key: 'redLine',
      render: (_, row) => {
        if (row.result.redLines.length === 0) return t('results.factors.none')
        const breached = row.result.redLines.filter((line) => line.status === 'breached')
        if (breached.length === 0) return <Tag>{t('results.factors.clear')}</Tag>
        return breached.map((line) => (
          <Tooltip key={line.id} title={line.message[language]}>
            <Tag
              color={line.class === 'internal' ? 'gold' : 'error'}
              data-red-line-class={line.class}
            >
              {t(
                line.class === 'internal'
                  ? 'results.factors.breachedInternal'
                  : 'results.factors.breached'
              )}
            </Tag>
          </Tooltip>
        ))
      }
    }
  ]

  return (
    <Card title={t('results.factors.title')}>
      <Table<FactorRow>
        data-testid="results-factor-table"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        rowKey={(row) => row.factor.id}
        expandable={{
          rowExpandable: (row) => row.result.systems !== null,
          expandedRowRender: (row) => <SystemFigures factor={row.factor} result={row.result} />,
          defaultExpandAllRows: true
        }}
      />
    </Card>
  )
}
