import { Card, Table, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AnswerChange, Comparison } from '@shared/comparison'
import { formatScore } from '@shared/scoring'
import { paths } from '../../app/paths'
import { useLanguage } from '../../i18n/useLanguage'
import { answerValue } from '../audit/audit-values'
import { useValueContext } from '../audit/useValueContext'
import { useWorkspace } from '../workspace/workspace-context'
import { DeltaText } from './DeltaText'

/** Every question whose answer or score changed, each answer worded as the questionnaire shows it. */
export function AnswerChangesTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, index } = useWorkspace()
  const context = useValueContext(index, assessment.profile)
  const shown = (change: AnswerChange, side: 'previous' | 'current') => {
    const na = side === 'previous' ? change.previousNa : change.currentNa
    if (na) return t('comparison.answers.na')
    const value = side === 'previous' ? change.previousValue : change.currentValue
    if (value === null) return t('comparison.answers.empty')
    return answerValue(index.questions.get(change.id)?.question, value, context)
  }
  const columns: TableColumnsType<AnswerChange> = [
    {
      title: t('comparison.answers.question'),
      key: 'question',
      render: (_, change) => {
        const entry = index.questions.get(change.id)
        return (
          <span>
            <Link to={paths.section(assessment.id, entry?.section.id ?? '')}>{change.id}</Link>{' '}
            <Typography.Text type="secondary">{entry?.question.text[language]}</Typography.Text>
          </span>
        )
      }
    },
    {
      title: t('comparison.answers.previousAnswer'),
      key: 'previousAnswer',
      width: 160,
      render: (_, change) => shown(change, 'previous')
    },
    {
      title: t('comparison.answers.currentAnswer'),
      key: 'currentAnswer',
      width: 160,
      render: (_, change) => shown(change, 'current')
    },
    {
      title: t('comparison.columns.previous'),
      key: 'previous',
      align: 'right',
      width: 80,
      render: (_, change) => formatScore(change.previous)
    },
    {
      title: t('comparison.columns.current'),
      key: 'current',
      align: 'right',
      width: 80,
      render: (_, change) => formatScore(change.current)
    },
    {
      title: t('comparison.columns.delta'),
      key: 'delta',
      align: 'right',
      width: 100,
      render: (_, change) => <DeltaText delta={change.delta} />
    }
  ]
  return (
    <Card title={t('comparison.answers.title', { count: comparison.answers.length })} size="small">
      <Table<AnswerChange>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={comparison.answers}
        pagination={comparison.answers.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('comparison.answers.none') }}
        data-testid="comparison-answers"
      />
    </Card>
  )
}
