import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnType } from 'antd/es/table'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localize } from '@shared/bank/lookup'
import { paths } from '../../app/paths'
import type { BankCatalogEntry } from '../../db/repos/bank-catalog'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'

interface BankTableProps {
  catalog: BankCatalogEntry[] | undefined
  onExport: (contentHash: string) => void
}

/** Installed banks: what they are, where they came from, and their exact identity. */
export function BankTable({ catalog, onExport }: BankTableProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const columns: Array<ColumnType<BankCatalogEntry>> = [
    {
      key: 'title',
      title: t('banks.columns.title'),
      render: (_, entry) => (
        <div>
          <Link to={paths.bank(entry.contentHash)}>
            <Typography.Text strong>{localize(entry.title, language)}</Typography.Text>
          </Link>
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
            {localize(entry.status, language)}
          </Typography.Paragraph>
        </div>
      )
    },
    { key: 'version', title: t('banks.columns.version'), dataIndex: 'version', width: 90 },
    {
      key: 'origin',
      title: t('banks.columns.origin'),
      width: 90,
      render: (_, entry) => (
        <Tag color={entry.origin === 'builtin' ? 'blue' : 'purple'}>
          {t(`banks.origin.${entry.origin}`)}
        </Tag>
      )
    },
    {
      key: 'questions',
      title: t('banks.columns.questions'),
      dataIndex: 'questionCount',
      width: 90,
      align: 'right'
    },
    {
      key: 'factors',
      title: t('banks.columns.factors'),
      dataIndex: 'factorCount',
      width: 90,
      align: 'right'
    },
    {
      key: 'hash',
      title: t('banks.columns.hash'),
      width: 150,
      render: (_, entry) => (
        <Tooltip title={t('banks.hashTooltip', { hash: entry.contentHash })}>
          <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
            {entry.contentHash.slice(0, 12)}
          </Typography.Text>
        </Tooltip>
      )
    },
    {
      key: 'installedAt',
      title: t('banks.columns.installedAt'),
      width: 170,
      render: (_, entry) => formatDateTime(entry.installedAt, language)
    },
    {
      key: 'actions',
      title: t('banks.columns.actions'),
      width: 190,
      render: (_, entry) => (
        <Space size={4}>
          <Link to={paths.bank(entry.contentHash)}>{t('banks.actions.browse')}</Link>
          <Button type="link" size="small" onClick={() => onExport(entry.contentHash)}>
            {t('banks.actions.exportXlsx')}
          </Button>
        </Space>
      )
    }
  ]
  return (
    <Card title={t('banks.tableTitle')} styles={{ body: { padding: 0 } }}>
      <Table<BankCatalogEntry>
        data-testid="banks-table"
        rowKey="contentHash"
        loading={catalog === undefined}
        columns={columns}
        dataSource={catalog ?? []}
        pagination={false}
        onRow={(entry) =>
          ({
            'data-testid': 'bank-row',
            'data-bank-hash': entry.contentHash
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </Card>
  )
}
