import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, Result, Skeleton, Tabs } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { localize } from '@shared/bank/lookup'
import { paths } from '../../app/paths'
import { PageHeading } from '../../components/PageHeading'
import { useBankRow } from '../../db/hooks/useBankCatalog'
import { useLanguage } from '../../i18n/useLanguage'
import { BankFactors } from './BankFactors'
import { BankOverview } from './BankOverview'
import { BankProfiles } from './BankProfiles'
import { BankQuestions } from './BankQuestions'
import { BankReferences } from './BankReferences'
import { BankWeights } from './BankWeights'

/** The tabs under the overview, in order: each reads the bank it is given. */
const TABS = [
  ['questions', BankQuestions],
  ['factors', BankFactors],
  ['profiles', BankProfiles],
  ['weights', BankWeights],
  ['references', BankReferences]
] as const

/** One installed bank, read-only: pillars → sections → questions, factors, profiles, sources. */
export function BankBrowseScreen() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { contentHash = '' } = useParams()
  const row = useBankRow(contentHash).data
  const back = (
    <Link to={paths.banks}>
      <ArrowLeftOutlined /> {t('banks.browse.back')}
    </Link>
  )
  if (row === undefined) return <Skeleton active paragraph={{ rows: 10 }} />
  if (row === null) {
    return (
      <Result
        status="404"
        title={t('banks.browse.notFound')}
        subTitle={t('banks.browse.notFoundDescription', { hash: contentHash })}
        extra={back}
      />
    )
  }
  const { bank } = row
  return (
    <>
      <div style={{ marginBottom: 12 }}>{back}</div>
      <PageHeading
        title={`${localize(bank.title, language)} ${bank.version}`}
        intro={bank.description && localize(bank.description, language)}
      />
      <Alert type="info" showIcon title={t('banks.browse.readOnly')} style={{ marginBottom: 16 }} />
      <BankOverview row={row} />
      <Tabs
        data-testid="bank-browse-tabs"
        items={TABS.map(([key, Tab]) => ({
          key,
          label: t(`banks.browse.tabs.${key}`),
          children: <Tab bank={bank} />
        }))}
      />
    </>
  )
}
