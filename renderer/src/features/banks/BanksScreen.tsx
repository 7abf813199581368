import { Alert, Card, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import { PageHeading } from '../../components/PageHeading'

/** Placeholder row shape; the bank repository replaces it once banks are stored. */
interface BankListRow {
  key: string
  name: string
  version: string
  standard: string
  questions: number
}

/** Lists installed question banks; empty until bank loading lands. */
export function BanksScreen() {
  const { t } = useTranslation()
  const columns = [
    { title: t('banks.columns.name'), dataIndex: 'name' },
    { title: t('banks.columns.version'), dataIndex: 'version', width: 120 },
    { title: t('banks.columns.standard'), dataIndex: 'standard' },
    {
      title: t('banks.columns.questions'),
      dataIndex: 'questions',
      width: 120,
      align: 'right' as const
    }
  ]
  return (
    <>
      <PageHeading title={t('banks.title')} intro={t('banks.intro')} />
      <Alert type="info" showIcon title={t('banks.upcoming')} style={{ marginBottom: 16 }} />
      <Card title={t('banks.tableTitle')} styles={{ body: { padding: 0 } }}>
        <Table<BankListRow>
          data-testid="banks-table"
          columns={columns}
          dataSource={[]}
          pagination={false}
        />
      </Card>
    </>
  )
}
