import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Typography } from 'antd'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { DownloadQueue } from '../../platform/download-queue'
import { usePlatform } from '../../platform/usePlatform'

const NONE: readonly never[] = []
const noQueue = {
  subscribe: () => () => undefined,
  current: () => NONE
}

/**
 * The browser build's "file ready — save" notice: an export whose bytes arrived after the user's
 * click had expired (see platform/download-queue.ts) waits here, and Save starts the download in
 * a fresh click. One notice per waiting file; above dialogs, so an export from a dialog reaches it.
 */
export function DownloadPrompt() {
  const platform = usePlatform()
  const queue: Pick<DownloadQueue, 'subscribe' | 'current'> = platform.downloads ?? noQueue
  const pending = useSyncExternalStore(queue.subscribe, queue.current)
  const { t } = useTranslation()
  if (pending.length === 0) return null
  return (
    <div
      role="status"
      aria-live="polite"
      style={{
        position: 'fixed',
        top: 72,
        right: 24,
        zIndex: 2000,
        width: 420,
        maxWidth: 'calc(100vw - 48px)',
        display: 'grid',
        gap: 8
      }}
    >
      {pending.map((item) => (
        <Alert
          key={item.id}
          type="success"
          showIcon
          data-testid="download-ready"
          data-file-name={item.name}
          title={t('downloads.ready')}
          description={
            <>
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                {t('downloads.hint')}
              </Typography.Paragraph>
              <Typography.Text strong style={{ wordBreak: 'break-all' }}>
                {item.name}
              </Typography.Text>
              <Space style={{ marginTop: 8, display: 'flex' }}>
                <Button
                  type="primary"
                  size="small"
                  icon={<DownloadOutlined />}
                  data-testid="download-ready-save"
                  onClick={item.save}
                >
                  {t('downloads.save')}
                </Button>
                <Button size="small" data-testid="download-ready-dismiss" onClick={item.dismiss}>
                  {t('downloads.dismiss')}
                </Button>
              </Space>
            </>
          }
        />
      ))}
    </div>
  )
}
