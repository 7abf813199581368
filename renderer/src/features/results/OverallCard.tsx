import { Alert, Card, Col, Flex, Progress, Row, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatPercent, formatScore } from '@shared/scoring'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { levelText } from './format'
import { GateNotes } from './GateNotes'

/** One headline figure in its column (half the row when narrow, `lg` of 24 when wide). */
function Figure({
  lg,
  label,
  hint,
  children
}: {
  lg: number
  label: string
  hint?: string
  children: React.ReactNode
}) {
  return (
    <Col xs={12} lg={lg}>
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        {children}
        {hint && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hint}
          </Typography.Text>
        )}
      </Flex>
    </Col>
  )
}

/** The headline: overall score and level, the factor index, completion, and why the level is what it is. */
export function OverallCard() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, assessment } = useWorkspace()
  const { overall, completion } = result
  const profile = assessment.profile
  const capped =
    overall.level !== null && overall.rawLevel !== null && overall.level < overall.rawLevel
  const big = { fontSize: 32, fontWeight: 600, lineHeight: 1.2 }

  return (
    <Card>
      <Row gutter={[32, 20]}>
        <Figure lg={5} label={t('results.overall.score')}>
          <span
            data-testid="results-overall-score"
            data-value={formatScore(overall.score)}
            style={big}
          >
            {overall.score === null ? t('results.overall.noScore') : formatScore(overall.score)}
          </span>
        </Figure>
        <Figure
          lg={7}
          label={t('results.overall.level')}
          hint={
            capped
              ? t('results.overall.rawLevel', {
                  level: levelText(profile, overall.rawLevel, language)
                })
              : undefined
          }
        >
          <span data-testid="results-overall-level" style={{ ...big, fontSize: 24 }}>
            {overall.level === null
              ? overall.score === null
                ? '—'
                : t('results.overall.levelWithheld')
              : levelText(profile, overall.level, language)}
          </span>
        </Figure>
        <Figure
          lg={5}
          label={t('results.overall.factorIndex')}
          hint={t('results.overall.factorIndexHint')}
        >
          <span data-testid="results-factor-index" style={{ ...big, fontSize: 24 }}>
            {formatScore(result.factorIndex)}
          </span>
        </Figure>
        <Figure
          lg={7}
          label={t('results.overall.completion')}
          hint={t('results.overall.completionDetail', {
            questions: `${completion.questions.done}/${completion.questions.total}`,
            factors: `${completion.factors.done}/${completion.factors.total}`
          })}
        >
          <Progress
            data-testid="results-completion"
            aria-label={t('results.overall.completion')}
            data-value={formatPercent(completion.combined.percent)}
            percent={completion.combined.percent}
            format={() => formatPercent(completion.combined.percent)}
            status={completion.combined.percent >= 100 ? 'success' : 'normal'}
          />
        </Figure>
      </Row>
      <GateNotes />
      {(result.warnings.length > 0 || result.errors.length > 0) && (
        <Alert
          style={{ marginTop: 12 }}
          type={result.errors.length > 0 ? 'error' : 'info'}
          showIcon
          title={
            result.errors.length > 0
              ? t('results.overall.warnings', {
                  count: result.warnings.length,
                  errors: result.errors.length
                })
              : t('results.overall.warningsOnly', { count: result.warnings.length })
          }
        />
      )}
      {overall.redLineBreaches.length === 0 && (
        <Flex gap={8} style={{ marginTop: 12 }}>
          <Tag color="success">{t('results.overall.redLines')}</Tag>
          <Typography.Text type="secondary">{t('results.overall.noRedLines')}</Typography.Text>
        </Flex>
      )}
    </Card>
  )
}
