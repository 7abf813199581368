import { Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'
import { FindingsSummaryCard } from '../remediation/FindingsSummaryCard'
import { FactorTable } from './FactorTable'
import { OverallCard } from './OverallCard'
import { ScoreCharts } from './ScoreCharts'
import { ScoreTable } from './ScoreTable'

/** Results: the overall figure and its reasons, charts, the score breakdown, factors and findings. */
export function ResultsScreen() {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16} data-testid="results-screen">
      <PageHeading title={t('results.title')} intro={t('results.intro')} />
      <OverallCard />
      <ScoreCharts />
      <ScoreTable />
      <FactorTable />
      <FindingsSummaryCard />
    </Flex>
  )
}
