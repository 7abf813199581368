import { Alert, Card, Descriptions, Skeleton, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'
import { describeError } from '../../i18n/describe-error'
import { useAppInfo } from '../../platform/useAppInfo'

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
  const { t, i18n } = useTranslation()
  const appInfo = useAppInfo()
  return (
    <Card title={t('settings.about.title')}>
      {appInfo.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} title={false} />}
      {appInfo.status === 'error' && (
        <Alert
          type="error"
          showIcon
          title={t('settings.about.loadFailed', {
            message: describeError(appInfo.error, t, i18n.language)
          })}
        />
      )}
      {appInfo.status === 'ready' && (
        <Descriptions
          data-testid="app-info"
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 200 } }}
          items={aboutItems(appInfo.value, t)}
        />
      )}
    </Card>
  )
}
