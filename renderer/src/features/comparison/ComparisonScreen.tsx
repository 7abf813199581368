import { FileExcelOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Select, Space, Spin, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import type { Comparison } from '@shared/comparison'
import { formatScore, levelCode } from '@shared/scoring'
import { PageHeading } from '../../components/PageHeading'
import type { PeriodCandidate, PeriodCandidates } from '../../db/hooks/usePeriodComparison'
import { useReportExport } from '../report/useReportExport'
import { useWorkspace } from '../workspace/workspace-context'
import { AnswerChangesTable } from './AnswerChangesTable'
import { DeltaText } from './DeltaText'
import { FindingChangesCard } from './FindingChangesCard'
import { PeriodTrendCard } from './PeriodTrendCard'
import { ScoreDeltaTable } from './ScoreDeltaTable'
import { usePeriodComparison } from './usePeriodComparison'

const STATUS_KEY = {
  draft: 'statusDraft',
  inReview: 'statusInReview',
  finalized: 'statusFinalized'
} as const

/** 上期对比: this period beside another of the same institution, node by node and answer by answer. */
export function ComparisonScreen() {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const state = usePeriodComparison()
  const { busy, exportReport } = useReportExport()
  const ready = state.status === 'ready'
  return (
    <Flex vertical gap={16} data-testid="compare-screen">
      <PageHeading
        title={t('comparison.title')}
        intro={t('comparison.intro')}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            disabled={!ready}
            loading={busy}
            data-testid="comparison-export"
            onClick={() =>
              ready &&
              void exportReport([assessment.id], 'xlsx', undefined, {
                previousId: state.previousId
              })
            }
          >
            {t('comparison.export')}
          </Button>
        }
      />
      <PeriodTrendCard />
      {state.status === 'loading' ? (
        <Spin />
      ) : state.status === 'none' ? (
        <Alert
          type="info"
          showIcon
          message={t('comparison.noCandidates')}
          data-testid="comparison-none"
        />
      ) : (
        <>
          <PeriodPicker
            candidates={state.candidates}
            value={state.previousId}
            onChange={state.choose}
          />
          {state.status === 'missing' ? (
            <Alert type="warning" showIcon message={t('comparison.previousMissing')} />
          ) : (
            <ComparisonBody comparison={state.comparison} previousBank={state.previousBank} />
          )}
        </>
      )}
    </Flex>
  )
}

function PeriodPicker(props: {
  candidates: PeriodCandidates
  value: string
  onChange: (id: string) => void
}) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const label = (c: PeriodCandidate) =>
    [
      t('comparison.previousOption', { start: c.period.start, end: c.period.end }),
      c.reportNumber,
      c.bankVersion === assessment.bank.version
        ? undefined
        : t('comparison.bankVersion', { version: c.bankVersion }),
      t(`comparison.${STATUS_KEY[c.status]}`),
      c.trashed ? t('comparison.trashed') : undefined
    ]
      .filter(Boolean)
      .join(' · ')
  return (
    <Space direction="vertical">
      <Space wrap>
        <Typography.Text strong id="comparison-previous-label">
          {t('comparison.previous')}
        </Typography.Text>
        <Select
          aria-labelledby="comparison-previous-label"
          data-testid="comparison-previous"
          style={{ minWidth: 360 }}
          value={props.value}
          onChange={props.onChange}
          options={props.candidates.comparable.map((c) => ({ value: c.id, label: label(c) }))}
        />
      </Space>
      {props.candidates.otherBank > 0 && (
        <Typography.Text type="secondary">
          {t('comparison.otherBank', { count: props.candidates.otherBank })}
        </Typography.Text>
      )}
    </Space>
  )
}

function ComparisonBody({
  comparison,
  previousBank
}: {
  comparison: Comparison
  previousBank: Bank
}) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const { overall, factorIndex } = comparison
  const level = (n: number | null) => (n === null ? '—' : levelCode(assessment.profile.levels, n))
  const period = (p: Comparison['previous']) =>
    t('comparison.previousOption', { start: p.period.start, end: p.period.end })
  const mapping = comparison.bankMapping
  return (
    <>
      {mapping !== null && (
        <Alert
          type="info"
          showIcon
          data-testid="comparison-bank-mapping"
          message={t('comparison.mapping.banner', {
            current: mapping.currentVersion,
            previous: mapping.previousVersion,
            moved: mapping.moved.length,
            removed: mapping.removed.length,
            added: mapping.added.length
          })}
          description={t('comparison.mapping.detail')}
        />
      )}
      <Card size="small" data-testid="comparison-overall">
        <Typography.Paragraph type="secondary">
          {t('comparison.periods', {
            previous: period(comparison.previous),
            current: period(comparison.current)
          })}
        </Typography.Paragraph>
        <Flex gap={48} wrap>
          <Statistic
            title={t('comparison.overall')}
            value={`${formatScore(overall.previous)} → ${formatScore(overall.current)}`}
            suffix={<DeltaText delta={overall.delta} testId="comparison-overall-delta" />}
          />
          <Statistic
            title={t('comparison.level')}
            value={`${level(overall.previousLevel)} → ${level(overall.currentLevel)}`}
          />
          <Statistic
            title={t('comparison.factorIndex')}
            value={`${formatScore(factorIndex.previous)} → ${formatScore(factorIndex.current)}`}
            suffix={<DeltaText delta={factorIndex.delta} />}
          />
        </Flex>
      </Card>
      <ScoreDeltaTable comparison={comparison} />
      <FindingChangesCard comparison={comparison} previousBank={previousBank} />
      <AnswerChangesTable comparison={comparison} previousBank={previousBank} />
    </>
  )
}
