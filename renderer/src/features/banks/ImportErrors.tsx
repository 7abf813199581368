import { Alert, Table, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { describeIssue, describeIssuePlace } from '../../i18n/describe-issue'
import type { PlacedIssue } from './import-issues'
import type { ImportFailure } from './useBankImport'

/**
 * Why an import was refused, one problem per row: sheet, row and column for a workbook (so the
 * author can go straight to the cell), the path for a JSON file.
 */
export function ImportErrors({ failure }: { failure: ImportFailure }) {
  const { t, i18n } = useTranslation()
  const whole = (issue: PlacedIssue): string =>
    issue.sheet === null ? t('banks.importErrors.workbook') : t('banks.importErrors.wholeSheet')
  const columns =
    failure.format === 'xlsx'
      ? [
          {
            key: 'sheet',
            title: t('banks.importErrors.sheet'),
            width: 140,
            render: (_: unknown, issue: PlacedIssue) => issue.sheet ?? whole(issue)
          },
          {
            key: 'row',
            title: t('banks.importErrors.row'),
            width: 80,
            render: (_: unknown, issue: PlacedIssue) => issue.row ?? '—'
          },
          {
            key: 'column',
            title: t('banks.importErrors.column'),
            width: 200,
            render: (_: unknown, issue: PlacedIssue) => issue.column ?? '—'
          }
        ]
      : [
          {
            key: 'location',
            title: t('banks.importErrors.location'),
            width: 280,
            render: (_: unknown, issue: PlacedIssue) => (
              <Typography.Text code>
                {issue.location === null
                  ? issue.location
                  : describeIssuePlace(issue.location, i18n.language)}
              </Typography.Text>
            )
          }
        ]
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
          <Table<PlacedIssue>
            size="small"
            rowKey="key"
            pagination={failure.issues.length > 20 ? { pageSize: 20 } : false}
            dataSource={failure.issues}
            columns={[
              ...columns,
              {
                key: 'message',
                title: t('banks.importErrors.problem'),
                render: (_: unknown, issue: PlacedIssue) =>
                  describeIssue(issue.issue, i18n.language)
              }
            ]}
            onRow={() => ({ 'data-testid': 'import-error-row' }) as object}
          />
        </>
      }
    />
  )
}
