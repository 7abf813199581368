import { Alert, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { IssueTable } from '../../components/IssueTable'
import type { ImportFailure } from './useBankImport'

/**
 * Why an import was refused, one problem per row: the cell of a workbook (so the author can go
 * straight to it), the field or the line and column of a JSON file.
 */
export function ImportErrors({ failure }: { failure: ImportFailure }) {
  const { t } = useTranslation()
  return (
    <Alert
      type="error"
      showIcon
      data-testid="import-errors"
      style={{ marginBottom: 16 }}
      title={t('banks.importErrors.title', { name: failure.fileName })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('banks.importErrors.description', { count: failure.issues.length })}
          </Typography.Paragraph>
          <IssueTable issues={failure.issues} />
        </>
      }
    />
  )
}
