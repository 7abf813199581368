import { Card, Col, Row, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { barOption, radarOption, type ChartContext } from './chart-options'
import { EChart } from './EChart'
import { SCORE_TABLE_ID } from './ScoreTable'

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
        <Col xs={24} xl={14}>
          <Typography.Text type="secondary">{t('results.charts.bar')}</Typography.Text>
          <EChart
            option={bar}
            height={340}
            label={t('results.charts.bar')}
            describedBy={SCORE_TABLE_ID}
            testId="chart-bar"
          />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Text type="secondary">{t('results.charts.radar')}</Typography.Text>
          <EChart
            option={radar}
            height={340}
            label={t('results.charts.radar')}
            describedBy={SCORE_TABLE_ID}
            testId="chart-radar"
          />
        </Col>
      </Row>
    </Card>
  )
}
