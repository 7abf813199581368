import { ExportOutlined } from '@ant-design/icons'
import { Button, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePackageExport } from './usePackageExport'

/** "Export package (n)" for the assessments selected on the home list. */
export function ExportPackageButton({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  const { run, busy } = usePackageExport()
  const button = (
    <Button
      data-testid="export-package"
      icon={<ExportOutlined />}
      loading={busy}
      disabled={ids.length === 0}
      onClick={() => void run(ids)}
    >
      {t('packages.exportSelected', { count: ids.length })}
    </Button>
  )
  return ids.length === 0 ? (
    <Tooltip title={t('packages.exportSelectHint')}>{button}</Tooltip>
  ) : (
    button
  )
}
