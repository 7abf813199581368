import { ExportOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { usePackageExport } from './usePackageExport'

/** "Export package (n)" for the assessments selected on the home list. */
export function ExportPackageButton({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  const { run, busy, dialog } = usePackageExport()
  return (
    <>
      <Button
        data-testid="export-package"
        icon={<ExportOutlined />}
        loading={busy}
        disabled={ids.length === 0}
        onClick={() => void run(ids)}
      >
        {ids.length === 0
          ? t('packages.exportSelectNone')
          : t('packages.exportSelected', { count: ids.length })}
      </Button>
      {dialog}
    </>
  )
}
