import { Table, Typography } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { describeIssue, describeIssuePlace } from '../../i18n/describe-issue'

/**
 * `assessments/a1.json: assessment.answers[3].value` → the file and the field inside it;
 * `questions!F12 (answer)` (a form's cell) → the cell and its column.
 */
export function splitIssuePath(path: string): { part: string; field: string } {
  const at = path.indexOf(': ')
  if (at >= 0) return { part: path.slice(0, at), field: path.slice(at + 2) }
  const cell = /^(\S+!\S+) \((.+)\)$/.exec(path)
  return cell ? { part: cell[1]!, field: cell[2]! } : { part: path, field: '' }
}

/** Every problem of a refused file: which part (or sheet cell), which field, and why. */
export function IssueTable({
  issues,
  partTitle
}: {
  issues: readonly ValidationIssue[]
  partTitle: string
}) {
  const { t, i18n } = useTranslation()
  const rows = issues.map((issue, i) => {
    // A sheet cell or the file as a whole reads as words (工作表「questions」第 12 行 C 列);
    // a part and the JSON field inside it stay exact.
    const place = describeIssuePlace(issue.path, i18n.language)
    const where =
      place === issue.path
        ? { ...splitIssuePath(issue.path), worded: false }
        : { part: place, field: '', worded: true }
    return { key: i, ...where, message: describeIssue(issue, i18n.language) }
  })
  return (
    <Table
      data-testid="import-issues"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ y: 360 }}
      onRow={() => ({ 'data-testid': 'import-issue' }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: partTitle,
          dataIndex: 'part',
          width: 260,
          render: (part: string, row: { worded: boolean }) =>
            row.worded ? part : <Typography.Text code>{part}</Typography.Text>
        },
        // Only when some problem sits inside a part: an empty column would just take room.
        ...(rows.some((row) => row.field !== '')
          ? [
              {
                title: t('packages.field'),
                dataIndex: 'field',
                width: 240,
                render: (field: string) =>
                  field ? <Typography.Text code>{field}</Typography.Text> : ''
              }
            ]
          : []),
        { title: t('packages.reason'), dataIndex: 'message' }
      ]}
    />
  )
}
