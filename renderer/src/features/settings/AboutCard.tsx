import { Card, Skeleton, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'
import { useAppInfo } from '../../platform/useAppInfo'
import { SettingsFacts } from '../../components/SettingsFacts'
import { FailedAlert } from '../../components/FailedAlert'

function aboutItems(info: AppInfo, t: TFunction): DescriptionsProps['items'] {
  const optional = (key: string, label: string, value: string | undefined) =>
    value ? [{ key, label, children: value }] : []
  return [
    {
      key: 'name',
      label: t('settings.about.name'),
      // The localised product name, with the technical one (what logs and support see) beside it.
      children: (
        <>
          {t('app.name')}
          {info.name !== t('app.name') && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {info.name}
            </Typography.Text>
          )}
        </>
      )
    },
    { key: 'version', label: t('settings.about.version'), children: info.version },
    {
      key: 'edition',
      label: t('settings.about.edition'),
      children: t(`settings.editions.${info.platform}`)
    },
    ...optional('os', t('settings.about.os'), info.os),
    { key: 'locale', label: t('settings.about.locale'), children: info.locale },
    ...optional('electron', t('settings.about.electron'), info.electron),
    ...optional('chrome', t('settings.about.chrome'), info.chrome),
    ...optional('userData', t('settings.about.userData'), info.userDataPath)
  ]
}

/** Version and runtime, as reported by the platform (main process or browser). */
export function AboutCard() {
  const { t } = useTranslation()
  const appInfo = useAppInfo()
  return (
    <Card title={t('settings.about.title')}>
      {appInfo.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} title={false} />}
      {appInfo.status === 'error' && (
        <FailedAlert
          error={appInfo.error}
          title={(message) => t('settings.about.loadFailed', { message })}
        />
      )}
      {appInfo.status === 'ready' && (
        <SettingsFacts data-testid="app-info" items={aboutItems(appInfo.value, t)} />
      )}
    </Card>
  )
}
