import { Card, Col, Row, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { barOption, radarOption, type ChartContext } from './chart-options'
import { EChart } from './EChart'
import { SCORE_TABLE_ID } from './ScoreTable'

/** The two charts side by side on a wide screen: the bars wider than the radar. */
const CHARTS = [
  { kind: 'bar', xl: 14 },
  { kind: 'radar', xl: 10 }
] as const

/** Pillar, section and process scores as a bar chart and the core processes as a radar. */
export function ScoreCharts() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, index, assessment } = useWorkspace()
  const { bar, radar } = useMemo(() => {
    const context: ChartContext = {
      result,
      index,
      profile: assessment.profile,
      locale: language,
      scoreLabel: t('results.charts.score'),
      levelLine: (code) => t('results.charts.levelLine', { code })
    }
    return { bar: barOption(context), radar: radarOption(context) }
  }, [result, index, assessment.profile, language, t])

  return (
    <Card title={t('results.charts.title')}>
      <Row gutter={[24, 16]}>
        {CHARTS.map(({ kind, xl }) => (
          <Col key={kind} xs={24} xl={xl}>
            <Typography.Text type="secondary">{t(`results.charts.${kind}`)}</Typography.Text>
            <EChart
              option={kind === 'bar' ? bar : radar}
              height={340}
              label={t(`results.charts.${kind}`)}
              describedBy={SCORE_TABLE_ID}
              testId={`chart-${kind}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  )
}
