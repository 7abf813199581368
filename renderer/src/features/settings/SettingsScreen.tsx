import { ReadOutlined } from '@ant-design/icons'
import { Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { PageHeading } from '../../components/PageHeading'
import { BackupCard } from '../backup/BackupCard'
import { AboutCard } from './AboutCard'
import { DiagnosticsCard } from './DiagnosticsCard'
import { GeneralCard } from './GeneralCard'
import { ReportDefaultsCard } from './ReportDefaultsCard'
import { ReviewLevelsSettingsCard } from './ReviewLevelsSettingsCard'
import { StorageCard } from './StorageCard'

export function SettingsScreen() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading
        title={t('settings.title')}
        intro={t('settings.intro')}
        extra={
          <Link to={paths.guide()} data-testid="settings-guide">
            <ReadOutlined /> {t('guide.open')}
          </Link>
        }
      />
      <Space orientation="vertical" size={16} style={{ display: 'flex' }}>
        <GeneralCard />
        <ReportDefaultsCard />
        <ReviewLevelsSettingsCard />
        <StorageCard />
        <BackupCard />
        <AboutCard />
        <DiagnosticsCard />
      </Space>
    </>
  )
}
