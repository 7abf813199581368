import { DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useExportDiagnostics } from './useExportDiagnostics'

export function DiagnosticsCard() {
  const { t } = useTranslation()
  const { exportDiagnostics, exporting } = useExportDiagnostics()
  return (
    <Card title={t('settings.diagnostics.title')}>
      <Typography.Paragraph type="secondary">
        {t('settings.diagnostics.description')}
      </Typography.Paragraph>
      <Button
        data-testid="export-diagnostics"
        icon={<DownloadOutlined />}
        loading={exporting}
        onClick={() => void exportDiagnostics()}
      >
        {t('settings.diagnostics.export')}
      </Button>
    </Card>
  )
}
