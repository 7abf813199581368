import { Card, Table, Tag, Tooltip, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatPercent, formatScore, levelCode } from '@shared/scoring'
import { paths } from '../../app/paths'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { levelText } from './format'
import { scoreRows, type ScoreRow } from './score-rows'

const coverageColour = { sufficient: 'success', insufficient: 'warning', notAssessed: 'default' }
const score = (value: number | null) => formatScore(value)
/** Short headers stay on one line; the figures under them are short too. */
const nowrap = (title: string) => <span style={{ whiteSpace: 'nowrap' }}>{title}</span>

/** Pillars → sections/processes: questionnaire, factor and combined scores, weight, level, cap, coverage. */
/** The score table's element id: the charts name it as their text alternative (aria-describedby). */
export const SCORE_TABLE_ID = 'results-score-breakdown'

export function ScoreTable() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { result, index, assessment } = useWorkspace()
  const rows = useMemo(() => scoreRows(result, index, language), [result, index, language])
  const profile = assessment.profile

  const columns: TableColumnsType<ScoreRow> = [
    {
      title: t('results.table.name'),
      key: 'name',
      width: 290,
      render: (_, row) =>
        row.kind === 'pillar' ? (
          <Typography.Text strong>{`${row.id} ${row.title}`}</Typography.Text>
        ) : (
          // Beside the tree's indent, so a long name wraps under itself, not under the indent.
          <span
            style={{ display: 'inline-block', verticalAlign: 'top', width: 'calc(100% - 44px)' }}
          >
            <Link to={paths.section(assessment.id, row.id)}>{`${row.id} ${row.title}`}</Link>
          </span>
        )
    },
    {
      title: nowrap(t('results.table.questionnaire')),
      key: 'q',
      align: 'right',
      render: (_, r) => score(r.questionnaire)
    },
    {
      title: nowrap(t('results.table.factor')),
      key: 'f',
      align: 'right',
      render: (_, r) => score(r.factor)
    },
    {
      title: nowrap(t('results.table.combined')),
      key: 'c',
      align: 'right',
      render: (_, r) => (
        <Typography.Text strong={r.kind === 'pillar'}>{score(r.combined)}</Typography.Text>
      )
    },
    {
      title: nowrap(t('results.table.weight')),
      key: 'w',
      align: 'right',
      render: (_, r) =>
        r.weight === null ? (
          <Tooltip title={t('results.table.excluded')}>
            <Tag>—</Tag>
          </Tooltip>
        ) : (
          formatPercent(r.weight * 100)
        )
    },
    {
      title: nowrap(t('results.table.level')),
      key: 'l',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>{levelText(profile, r.level, language)}</span>
      )
    },
    {
      title: t('results.table.cap'),
      key: 'cap',
      width: 220,
      render: (_, r) => {
        if (!r.cap) return null
        if (r.cap.binding) {
          return (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {r.cap.text[language]}
            </Typography.Text>
          )
        }
        const code = (level: number) => levelCode(profile.levels, level)
        return (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('results.table.capNotBinding', {
              id: r.cap.questionId,
              item: code(r.cap.itemLevel),
              cap: code(r.cap.capLevel)
            })}
          </Typography.Text>
        )
      }
    },
    {
      title: nowrap(t('results.table.coverage')),
      key: 'cov',
      render: (_, r) => (
        <Tag color={coverageColour[r.coverage]}>
          {t(`results.table.coverageValues.${r.coverage}`)}
        </Tag>
      )
    },
    {
      title: nowrap(t('results.table.completion')),
      key: 'done',
      align: 'right',
      render: (_, r) => formatPercent(r.completion)
    }
  ]

  return (
    <Card title={t('results.table.title')} id={SCORE_TABLE_ID}>
      <Table<ScoreRow>
        data-testid="results-score-table"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        rowKey="key"
      />
    </Card>
  )
}
