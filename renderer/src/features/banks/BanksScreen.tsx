import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useStartupInfo } from '../../app/startup/startup-context'
import { FilePickButton } from '../../components/FilePickButton'
import { PageHeading } from '../../components/PageHeading'
import { useBankCatalog } from '../../db/hooks/useBankCatalog'
import { BankTable } from './BankTable'
import { ImportErrors } from './ImportErrors'
import { useBankFiles } from './useBankFiles'
import { useBankImport } from './useBankImport'

/** Installed banks, importing a bank (JSON or Excel) and the Excel authoring template. */
export function BanksScreen() {
  const { t } = useTranslation()
  const catalog = useBankCatalog().data
  const { importFile, importing, failure } = useBankImport()
  const { downloadTemplate, exportBank } = useBankFiles()
  const { builtinBankProblems } = useStartupInfo()
  return (
    <>
      <PageHeading
        title={t('banks.title')}
        intro={t('banks.intro')}
        extra={
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              data-testid="download-template"
              onClick={() => void downloadTemplate()}
            >
              {t('banks.actions.template')}
            </Button>
            <FilePickButton
              testId="import-file"
              accept={['json', 'xlsx']}
              icon={<UploadOutlined />}
              busy={importing}
              onFile={(file) => void importFile(file)}
            >
              {t('banks.actions.import')}
            </FilePickButton>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
        {t('banks.importHint')}
      </Typography.Paragraph>
      {builtinBankProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('banks.builtinProblems', {
            files: builtinBankProblems.map((p) => p.file).join(', ')
          })}
        />
      )}
      {failure && <ImportErrors failure={failure} />}
      <BankTable catalog={catalog} onExport={(hash) => void exportBank(hash)} />
    </>
  )
}
