import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { localize } from '@shared/bank/lookup'
import type { BankRow } from '../../db/schema'
import { useLanguage } from '../../i18n/useLanguage'

/** The bank's identity and size at a glance. */
export function BankOverview({ row }: { row: BankRow }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { bank } = row
  const sections = bank.pillars.flatMap((p) => p.sections)
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      style={{ marginBottom: 16, background: '#fff' }}
      items={[
        {
          key: 'id',
          label: t('banks.browse.overview.id'),
          children: <Typography.Text code>{bank.id}</Typography.Text>
        },
        { key: 'version', label: t('banks.browse.overview.version'), children: bank.version },
        {
          key: 'origin',
          label: t('banks.browse.overview.origin'),
          children: t(`banks.origin.${row.origin}`)
        },
        ...(bank.publishedAt
          ? [
              {
                key: 'published',
                label: t('banks.browse.overview.publishedAt'),
                children: bank.publishedAt
              }
            ]
          : []),
        {
          key: 'counts',
          label: t('banks.browse.overview.counts'),
          span: 2,
          children: t('banks.browse.overview.countsValue', {
            pillars: bank.pillars.length,
            sections: sections.length,
            questions: sections.reduce((n, s) => n + s.questions.length, 0),
            factors: bank.factors.length
          })
        },
        {
          key: 'status',
          label: t('banks.browse.overview.status'),
          span: 2,
          children: localize(bank.status, language)
        },
        {
          key: 'hash',
          label: t('banks.browse.overview.hash'),
          span: 2,
          children: (
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {row.contentHash}
            </Typography.Text>
          )
        }
      ]}
    />
  )
}
