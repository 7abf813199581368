import { Table, Typography } from 'antd'
import type { HTMLAttributes, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useScrollableTableBody } from './useScrollableTableBody'
import { issueLanguage, type IssueLanguage } from '@shared/issues/catalogue/texts'
import { describeIssue, describePlace } from '@shared/issues/describe'
import type { IssuePlace, ValidationIssue } from '@shared/util/validation'

/**
 * Every problem of a refused file, in the interface language: where (its structured place, worded
 * as a person reads it) and why. Bank import, package import, backup restore, assessment-file and
 * questionnaire-form import all show problems through this one table. `summary` (how many, of
 * which file) stands in a paragraph above it.
 */
export function IssueTable({
  issues,
  summary
}: {
  issues: readonly ValidationIssue[]
  summary?: ReactNode
}) {
  const { t, i18n } = useTranslation()
  const language = issueLanguage(i18n.language)
  const rows = issues.map((issue, key) => ({ key, issue }))
  const around = useScrollableTableBody<HTMLDivElement>(t('issueTable.problem'))
  return (
    <>
      {summary && <Typography.Paragraph>{summary}</Typography.Paragraph>}
      <div ref={around}>
        <Table
          data-testid="import-issues"
          size="small"
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ y: 360 }}
          onRow={(row) =>
            ({
              'data-testid': 'import-issue',
              'data-code': row.issue.code
            }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('issueTable.place'),
              key: 'place',
              width: '40%',
              render: (_: unknown, row) => <PlaceText place={row.issue.place} language={language} />
            },
            {
              title: t('issueTable.problem'),
              key: 'problem',
              render: (_: unknown, row) => describeIssue(row.issue, language)
            }
          ]}
        />
      </div>
    </>
  )
}

/**
 * A cell, a sheet, a line or the whole file reads as words (工作表「questions」第 12 行 C 列（answer）,
 * 第 4 行第 13 列); a part of a package and a field inside a JSON file stay exact, as code.
 */
function PlaceText({ place, language }: { place: IssuePlace; language: IssueLanguage }) {
  if ('sheet' in place)
    return <span data-testid="issue-place">{describePlace(place, language)}</span>
  const part =
    place.part === undefined ? null : <Typography.Text code>{place.part}</Typography.Text>
  if ('line' in place)
    return (
      <span data-testid="issue-place">
        {part} {describePlace({ line: place.line, column: place.column }, language)}
      </span>
    )
  if (part === null && place.field === undefined)
    return <span data-testid="issue-place">{describePlace(place, language)}</span>
  return (
    <span data-testid="issue-place">
      {part}
      {part !== null && place.field !== undefined && <br />}
      {place.field !== undefined && <Typography.Text code>{place.field}</Typography.Text>}
    </span>
  )
}
