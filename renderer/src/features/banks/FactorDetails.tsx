import { Card, Descriptions, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import type { EvaluationFactor } from '@shared/bank/factor'
import { localize } from '@shared/bank/lookup'
import { useLanguage } from '../../i18n/useLanguage'
import { factorFacts } from './factor-facts'
import { ReferenceList } from './ReferenceList'
import { SourceTag } from './SourceTag'

/** One factor: definition, inputs, formula, target, bands and red lines. */
export function FactorDetails({ bank, factor }: { bank: Bank; factor: EvaluationFactor }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const section = bank.pillars.flatMap((p) => p.sections).find((s) => s.id === factor.feeds)
  return (
    <Card
      size="small"
      data-testid={`bank-factor-${factor.id}`}
      title={
        <Space wrap size={8}>
          <Typography.Text code>{factor.id}</Typography.Text>
          <span>{localize(factor.name, language)}</span>
          <SourceTag source={factor.source} />
        </Space>
      }
      extra={
        section && (
          <Typography.Text type="secondary">
            {t('banks.browse.factor.feeds', {
              section: `${section.id} ${localize(section.title, language)}`
            })}
          </Typography.Text>
        )
      }
    >
      <Typography.Paragraph>{localize(factor.definition, language)}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 140 }, content: { whiteSpace: 'pre-line' } }}
        items={factorFacts(factor, t, language)}
      />
      <ReferenceList bank={bank} references={factor.references} />
    </Card>
  )
}
