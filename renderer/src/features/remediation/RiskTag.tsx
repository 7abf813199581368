import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RegisterEntry } from '@shared/remediation'

const COLORS = { high: 'red', medium: 'orange', low: 'default' } as const

/** 风险等级 in force; "changed" when a reviewer set it instead of the default, with the reason. */
export function RiskTag({ entry }: { entry: RegisterEntry }) {
  const { t } = useTranslation()
  if (entry.risk === null) return <span>—</span>
  const tag = (
    <Tag color={COLORS[entry.risk]} data-testid="finding-risk">
      {t(`remediation.risk.${entry.risk}`)}
      {entry.record.risk && ` · ${t('remediation.tags.riskChanged')}`}
    </Tag>
  )
  return entry.record.risk ? <Tooltip title={entry.record.risk.reason}>{tag}</Tooltip> : tag
}
