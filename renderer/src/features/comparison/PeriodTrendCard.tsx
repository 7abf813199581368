import { Card, Flex, Segmented, Select, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PeriodTrend } from '@shared/comparison'
import { formatScore } from '@shared/scoring'
import { useScrollableTableBody } from '../../components/useScrollableTableBody'
import { useLanguage } from '../../i18n/useLanguage'
import { EChart } from '../results/EChart'
import {
  mostChangedFactors,
  trendLines,
  trendOption,
  type TrendLine,
  type TrendView
} from './trend-chart-options'
import { usePeriodTrend } from './usePeriodTrend'

const TABLE_ID = 'trend-table'
/** More lines than this make the factor chart unreadable; the table lists every factor. */
const MAX_FACTORS = 6

/** 历次趋势: the institution's overall, pillar and factor scores over every period on this computer. */
export function PeriodTrendCard() {
  const { t } = useTranslation()
  const trend = usePeriodTrend()
  return (
    <Card size="small" title={t('comparison.trend.title')} data-testid="trend-card">
      {trend === undefined ? null : trend.periods.length < 2 ? (
        <Typography.Text type="secondary" data-testid="trend-single">
          {t('comparison.trend.single')}
        </Typography.Text>
      ) : (
        <TrendBody trend={trend} />
      )}
    </Card>
  )
}

function TrendBody({ trend }: { trend: PeriodTrend }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [view, setView] = useState<TrendView>('overall')
  const [chosen, setChosen] = useState<string[] | undefined>(undefined)
  const factorIds = useMemo(() => chosen ?? mostChangedFactors(trend, 3), [chosen, trend])
  const labels = useMemo(
    () => ({ overall: t('comparison.overall'), factorIndex: t('comparison.factorIndex') }),
    [t]
  )
  const periods = useMemo(
    () =>
      trend.periods.map((p) =>
        t('comparison.trend.period', { start: p.period.start, end: p.period.end })
      ),
    [trend, t]
  )
  const lines = useMemo(
    () => trendLines(trend, view, factorIds, language, labels),
    [trend, view, factorIds, language, labels]
  )
  const option = useMemo(() => trendOption(lines, periods), [lines, periods])
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('comparison.trend.intro')}</Typography.Text>
      {trend.banks.length > 1 && (
        <Typography.Text type="warning" data-testid="trend-banks">
          {t('comparison.trend.banks', { banks: trend.banks.join('、') })}
        </Typography.Text>
      )}
      <Flex gap={12} wrap align="center">
        <Segmented<TrendView>
          aria-label={t('comparison.trend.view')}
          data-testid="trend-view"
          value={view}
          onChange={setView}
          options={[
            { value: 'overall', label: t('comparison.trend.views.overall') },
            { value: 'factors', label: t('comparison.trend.views.factors') }
          ]}
        />
        {view === 'factors' && (
          <Select
            mode="multiple"
            aria-label={t('comparison.trend.chooseFactors')}
            placeholder={t('comparison.trend.chooseFactors')}
            data-testid="trend-factors"
            style={{ minWidth: 360 }}
            maxCount={MAX_FACTORS}
            value={factorIds}
            onChange={setChosen}
            options={trend.factors.map((f) => ({
              value: f.id,
              label: `${f.id} ${f.name[language]}`
            }))}
          />
        )}
      </Flex>
      <EChart
        option={option}
        height={320}
        label={t('comparison.trend.chart', { lines: lines.map((l) => l.name).join('、') })}
        describedBy={TABLE_ID}
        testId="trend-chart"
      />
      <TrendTable trend={trend} periods={periods} labels={labels} />
    </Flex>
  )
}

/** Every line as a row, every period as a column: the chart's figures as text. */
function TrendTable(props: {
  trend: PeriodTrend
  periods: string[]
  labels: { overall: string; factorIndex: string }
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { trend, periods, labels } = props
  const rows = useMemo(
    () => [
      ...trendLines(trend, 'overall', [], language, labels),
      ...trendLines(
        trend,
        'factors',
        trend.factors.map((f) => f.id),
        language,
        labels
      )
    ],
    [trend, language, labels]
  )
  const columns: TableColumnsType<TrendLine> = [
    {
      title: t('comparison.trend.item'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      width: 280
    },
    ...periods.map((title, k) => ({
      title: trend.banks.length > 1 ? `${title} · ${trend.periods[k]!.bank.version}` : title,
      key: `p${k}`,
      align: 'right' as const,
      render: (_: unknown, line: TrendLine) => formatScore(line.values[k])
    }))
  ]
  const around = useScrollableTableBody<HTMLDivElement>(t('comparison.trend.table'))
  return (
    <div id={TABLE_ID} ref={around}>
      <Typography.Text strong>{t('comparison.trend.table')}</Typography.Text>
      <Table<TrendLine>
        size="small"
        data-testid="trend-table"
        rowKey="key"
        pagination={false}
        scroll={{ x: 'max-content', y: 360 }}
        columns={columns}
        dataSource={rows}
      />
    </div>
  )
}
