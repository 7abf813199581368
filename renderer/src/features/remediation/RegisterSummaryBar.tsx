import { Flex, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RegisterSummary } from './register-view'

const FIGURES = ['total', 'high', 'urgent', 'overdue', 'repeat', 'carried', 'awaiting'] as const

/** The register's headline figures: how many findings, and how many need attention. */
export function RegisterSummaryBar({ summary }: { summary: RegisterSummary }) {
  const { t } = useTranslation()
  return (
    <Flex gap={32} wrap data-testid="register-summary">
      {FIGURES.map((figure) => (
        <Statistic
          key={figure}
          data-testid={`register-${figure}`}
          title={t(`remediation.summary.${figure}`)}
          value={summary[figure]}
          valueStyle={
            figure === 'overdue' && summary.overdue > 0 ? { color: '#cf1322' } : undefined
          }
        />
      ))}
    </Flex>
  )
}
