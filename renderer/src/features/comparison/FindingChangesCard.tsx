import { Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Comparison } from '@shared/comparison'

const KINDS = ['opened', 'closed', 'repeated', 'carried'] as const

/** Findings opened, closed, repeated (a gap in both periods) and carried over, with their ids. */
export function FindingChangesCard({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  return (
    <Card title={t('comparison.findings.title')} size="small">
      <Descriptions
        column={1}
        size="small"
        bordered
        labelStyle={{ width: 150, whiteSpace: 'nowrap' }}
        items={KINDS.map((kind) => {
          const ids = comparison.findings[kind]
          return {
            key: kind,
            label: `${t(`comparison.findings.${kind}`)} · ${ids.length}`,
            children: (
              <Typography.Text data-testid={`findings-${kind}`} style={{ wordBreak: 'break-word' }}>
                {ids.length === 0
                  ? t('comparison.findings.none')
                  : ids.join(t('common.listSeparator'))}
              </Typography.Text>
            )
          }
        })}
      />
    </Card>
  )
}
