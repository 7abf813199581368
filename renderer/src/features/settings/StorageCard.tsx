import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Progress, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { useStartupInfo } from '../../app/startup/startup-context'
import { readStorageState } from '../../db/storage-persistence'
import { formatBytes } from '../../i18n/format'
import { SettingsFacts } from '../../components/SettingsFacts'

/** `12 MB of 2 GB`: shown above the usage bar and, for screen readers, the bar's name. */
function usageWords(t: TFunction, language: string, used: number, total: number): string {
  return t('settings.storage.usageValue', {
    used: formatBytes(used, language),
    quota: formatBytes(total, language)
  })
}

/** Whether the browser protects the data from eviction, and how much space it takes. */
export function StorageCard() {
  const { t, i18n } = useTranslation()
  const initial = useStartupInfo().storage
  const [state, setState] = useState(initial)
  const { persisted, usage, quota } = state
  const persistedLabel =
    persisted === null
      ? t('settings.storage.persistedUnknown')
      : t(persisted ? 'settings.storage.persistedYes' : 'settings.storage.persistedNo')
  const usageText = (used: number, total: number) => usageWords(t, i18n.language, used, total)
  return (
    <Card
      title={t('settings.storage.title')}
      extra={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void readStorageState().then(setState)}
        >
          {t('settings.storage.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('settings.storage.description')}
      </Typography.Paragraph>
      <SettingsFacts
        data-testid="storage-state"
        items={[
          {
            key: 'persisted',
            label: t('settings.storage.persisted'),
            children: (
              <Tag
                color={persisted ? 'success' : 'warning'}
                data-testid="storage-persisted"
                data-value={String(persisted)}
              >
                {persistedLabel}
              </Tag>
            )
          },
          {
            key: 'usage',
            label: t('settings.storage.usage'),
            children:
              usage === null || quota === null ? (
                t('settings.storage.unknown')
              ) : (
                <div data-testid="storage-usage" style={{ maxWidth: 420 }}>
                  {usageText(usage, quota)}
                  <Progress
                    percent={quota > 0 ? Math.min(100, (usage / quota) * 100) : 0}
                    showInfo={false}
                    size="small"
                    aria-label={usageText(usage, quota)}
                  />
                </div>
              )
          }
        ]}
      />
      {persisted === false && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('settings.storage.persistedNoHelp')}
        />
      )}
    </Card>
  )
}
