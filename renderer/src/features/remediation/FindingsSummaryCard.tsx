import { Button, Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { useWorkspace } from '../workspace/workspace-context'
import { useRegister } from './useRegister'

/** On the results screen: how many findings at which risk level, and the way to the register. */
export function FindingsSummaryCard() {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const entries = useRegister()
  const count = (risk: string) => entries.filter((entry) => entry.risk === risk).length
  return (
    <Card
      title={t('remediation.results.title')}
      data-testid="results-findings"
      extra={
        <Link to={paths.findings(assessment.id)}>
          <Button data-testid="results-open-register">{t('remediation.results.open')}</Button>
        </Link>
      }
    >
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('remediation.results.summary', {
          total: entries.length,
          high: count('high'),
          medium: count('medium'),
          low: count('low')
        })}
      </Typography.Paragraph>
    </Card>
  )
}
