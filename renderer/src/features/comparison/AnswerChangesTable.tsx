import { Card, Table, Tag, Typography } from 'antd'
import type { TableColumnsType } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Bank } from '@shared/bank/bank'
import { indexBank, type BankIndex } from '@shared/bank/lookup'
import type { AnswerChange, Comparison, OneSidedQuestion } from '@shared/comparison'
import { paths } from '../../app/paths'
import { useLanguage } from '../../i18n/useLanguage'
import { answerValue } from '../audit/audit-values'
import { useValueContext } from '../audit/useValueContext'
import { useWorkspace } from '../workspace/workspace-context'
import { scoreChangeColumns } from './score-change-columns'

/** A changed answer, or (across a bank upgrade) a question only one of the two banks has. */
interface Row extends AnswerChange {
  key: string
  side?: 'removed' | 'added'
}

/** The table's rows: changed answers, then the previous bank's removed and the new one's added questions. */
function answerRows(comparison: Comparison): Row[] {
  const rows: Row[] = comparison.answers.map((change) => ({ ...change, key: change.id }))
  const mapping = comparison.bankMapping
  if (mapping === null) return rows
  const oneSided = (side: 'removed' | 'added') => (q: OneSidedQuestion) => {
    const removed = side === 'removed'
    return {
      key: `${side}:${q.id}`,
      side,
      id: q.id,
      previous: removed ? q.score : null,
      current: removed ? null : q.score,
      delta: null,
      previousValue: removed ? q.value : null,
      currentValue: removed ? null : q.value,
      previousNa: removed && q.na,
      currentNa: !removed && q.na
    }
  }
  return [
    ...rows,
    ...mapping.removed.map(oneSided('removed')),
    ...mapping.added.map(oneSided('added'))
  ]
}

/** A question's id (both ids when it moved) with its text, labelled when only one bank has it. */
function QuestionCell(props: {
  row: Row
  comparison: Comparison
  entry: ReturnType<BankIndex['questions']['get']>
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment } = useWorkspace()
  const { row, entry } = props
  const mapping = props.comparison.bankMapping
  const id =
    row.previousId === undefined ? (
      row.id
    ) : (
      <>
        <Tag color="purple">{t('comparison.mapping.moved')}</Tag>
        {`${row.previousId} → ${row.id}`}
      </>
    )
  return (
    <span>
      {row.side !== undefined && (
        <Tag color={row.side === 'removed' ? 'default' : 'blue'} data-testid={`answer-${row.side}`}>
          {t(`comparison.mapping.${row.side}`, {
            version: row.side === 'removed' ? mapping?.previousVersion : mapping?.currentVersion
          })}
        </Tag>
      )}
      {row.side === 'removed' ? (
        row.id
      ) : (
        // Underlined: beside the question's text, colour alone would not mark it as a link.
        <Link
          to={paths.section(assessment.id, entry?.section.id ?? '')}
          style={{ textDecoration: 'underline' }}
        >
          {id}
        </Link>
      )}{' '}
      <Typography.Text type="secondary">{entry?.question.text[language]}</Typography.Text>
    </span>
  )
}

/**
 * Every question whose answer or score changed, each answer worded as the questionnaire shows it;
 * across a bank upgrade a moved question shows both ids, and the questions only one version has
 * are listed after the changes, labelled removed or added.
 */
export function AnswerChangesTable({
  comparison,
  previousBank
}: {
  comparison: Comparison
  previousBank: Bank
}) {
  const { t } = useTranslation()
  const { assessment, index } = useWorkspace()
  const context = useValueContext(index, assessment.profile)
  const previousIndex = useMemo(() => indexBank(previousBank), [previousBank])
  const rows = useMemo(() => answerRows(comparison), [comparison])
  const questionOf = (row: Row) =>
    row.side === 'removed' ? previousIndex.questions.get(row.id) : index.questions.get(row.id)
  const shown = (row: Row, side: 'previous' | 'current') => {
    if (row.side === (side === 'previous' ? 'added' : 'removed')) return '—'
    const na = side === 'previous' ? row.previousNa : row.currentNa
    if (na) return t('comparison.answers.na')
    const value = side === 'previous' ? row.previousValue : row.currentValue
    if (value === null) return t('comparison.answers.empty')
    return answerValue(questionOf(row)?.question, value, context)
  }
  const columns: TableColumnsType<Row> = [
    {
      title: t('comparison.answers.question'),
      key: 'question',
      render: (_, row) => <QuestionCell row={row} comparison={comparison} entry={questionOf(row)} />
    },
    {
      title: t('comparison.answers.previousAnswer'),
      key: 'previousAnswer',
      width: 160,
      render: (_, row) => shown(row, 'previous')
    },
    {
      title: t('comparison.answers.currentAnswer'),
      key: 'currentAnswer',
      width: 160,
      render: (_, row) => shown(row, 'current')
    },
    ...scoreChangeColumns<Row>(t, { score: 80, delta: 100 })
  ]
  return (
    <Card title={t('comparison.answers.title', { count: comparison.answers.length })} size="small">
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        locale={{ emptyText: t('comparison.answers.none') }}
        data-testid="comparison-answers"
      />
    </Card>
  )
}
