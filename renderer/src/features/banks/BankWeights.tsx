import { Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnType } from 'antd/es/table'
import { type HTMLAttributes, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Bank } from '@shared/bank/bank'
import type { Locale } from '@shared/bank/primitives'
import { findProfile, indexBank, localize } from '@shared/bank/lookup'
import { effectiveWeights, formatShare } from '@shared/scoring/effective-weights'
import { useLanguage } from '../../i18n/useLanguage'

/** One row: an item's effective weight, its rank by share and the running total up to it. */
interface WeightRow {
  kind: 'question' | 'factor'
  id: string
  sectionId: string
  share: number
  rank: number
  cumulative: number
  text: string
  section: string
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The bank's effective weights under a profile, ranked, with their texts in the language shown. */
function useWeightRows(bank: Bank, profileId: string, language: Locale): WeightRow[] {
  return useMemo<WeightRow[]>(() => {
    const profile = findProfile(bank, profileId)
    if (profile === undefined) return []
    const index = indexBank(bank)
    let cumulative = 0
    return effectiveWeights(bank, profile).map((w, k) => {
      cumulative += w.share
      const section = index.sections.get(w.sectionId)?.section
      return {
        ...w,
        rank: k + 1,
        cumulative,
        text:
          (w.kind === 'factor'
            ? index.factors.get(w.id)?.name
            : index.questions.get(w.id)?.question.text)?.[language] ?? '',
        section: section ? `${w.sectionId} ${localize(section.title, language)}` : w.sectionId
      }
    })
  }, [bank, profileId, language])
}

/** The table's columns: all but the text and the running total sort. */
function weightColumns(t: TFunction): Array<ColumnType<WeightRow>> {
  return [
    {
      key: 'rank',
      title: t('banks.browse.weights.columns.rank'),
      dataIndex: 'rank',
      width: 70,
      align: 'right',
      sorter: (a, b) => a.rank - b.rank
    },
    {
      key: 'kind',
      title: t('banks.browse.weights.columns.kind'),
      width: 90,
      sorter: (a, b) => byText(a.kind, b.kind) || a.rank - b.rank,
      filters: [
        { text: t('banks.browse.weights.kind.question'), value: 'question' },
        { text: t('banks.browse.weights.kind.factor'), value: 'factor' }
      ],
      onFilter: (value, row) => row.kind === value,
      render: (_, row) => (
        <Tag color={row.kind === 'factor' ? 'geekblue' : undefined}>
          {t(`banks.browse.weights.kind.${row.kind}`)}
        </Tag>
      )
    },
    {
      key: 'id',
      title: t('banks.browse.weights.columns.id'),
      dataIndex: 'id',
      width: 90,
      sorter: (a, b) => byText(a.id, b.id)
    },
    {
      key: 'text',
      title: t('banks.browse.weights.columns.text'),
      dataIndex: 'text'
    },
    {
      key: 'section',
      title: t('banks.browse.weights.columns.section'),
      dataIndex: 'section',
      width: 220,
      sorter: (a, b) => byText(a.sectionId, b.sectionId) || a.rank - b.rank
    },
    {
      key: 'share',
      title: t('banks.browse.weights.columns.share'),
      width: 110,
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.share - b.share || b.rank - a.rank,
      render: (_, row) => <span data-testid="weight-share">{formatShare(row.share)}</span>
    },
    {
      key: 'cumulative',
      title: t('banks.browse.weights.columns.cumulative'),
      width: 110,
      align: 'right',
      render: (_, row) => formatShare(row.cumulative)
    }
  ]
}

/**
 * What the bank really rewards: every scored question's and factor's share of the overall score
 * under a profile — the same figures as `stability-assessor bank weights` (shared effectiveWeights),
 * ranked by share.
 */
export function BankWeights({ bank }: { bank: Bank }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [profileId, setProfileId] = useState(bank.defaultProfileId)
  const rows = useWeightRows(bank, profileId, language)
  const columns = weightColumns(t)

  return (
    <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('banks.browse.weights.intro')}
      </Typography.Paragraph>
      {bank.profiles.length > 1 && (
        <Space size={8}>
          <label htmlFor="bank-weights-profile">{t('banks.browse.weights.profile')}</label>
          <Select
            id="bank-weights-profile"
            data-testid="bank-weights-profile"
            value={profileId}
            onChange={setProfileId}
            style={{ minWidth: 260 }}
            options={bank.profiles.map((p) => ({
              value: p.id,
              label: `${localize(p.name, language)} ${p.version}`
            }))}
          />
        </Space>
      )}
      <Table<WeightRow>
        data-testid="bank-weights"
        rowKey={(row) => `${row.kind}:${row.id}`}
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        showSorterTooltip={false}
        onRow={(row) =>
          ({
            'data-testid': `bank-weight-${row.id}`
          }) as HTMLAttributes<HTMLElement>
        }
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={columns.length}>
              {t('banks.browse.weights.total', { count: rows.length })}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Space>
  )
}
