import { Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import type { NumericScoring, Question } from '@shared/bank/question'
import { useLanguage } from '../../i18n/useLanguage'

const small = { margin: '4px 0 0', fontSize: 12 } as const

/** A question's anchors (numbered from 0) or options, under their title. */
function TitledList({
  title,
  ordered,
  children
}: {
  title: string
  ordered?: boolean
  children: ReactNode
}) {
  const List = ordered ? 'ol' : 'ul'
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      <List
        start={ordered ? 0 : undefined}
        style={{ margin: '2px 0 0', paddingInlineStart: 28, fontSize: 13 }}
      >
        {children}
      </List>
    </div>
  )
}

/** What only some question types have: level anchors, options with scores, units and targets. */
export function QuestionTypeDetails({ bank, question }: { bank: Bank; question: Question }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const target = (scoring: NumericScoring | undefined) =>
    scoring && (
      <Typography.Paragraph style={small}>
        {t('banks.browse.question.target', {
          direction: t(`banks.browse.direction.${scoring.direction}`),
          target: scoring.target
        })}
      </Typography.Paragraph>
    )
  switch (question.type) {
    case 'maturity':
      return (
        <TitledList title={t('banks.browse.question.anchors')} ordered>
          {(question.anchors ?? bank.maturityAnchors).map((anchor, level) => (
            <li key={level} value={level}>
              <Typography.Text strong>{`L${level}`}</Typography.Text> {localize(anchor, language)}
            </li>
          ))}
        </TitledList>
      )
    case 'singleChoice':
    case 'multiChoice':
      return (
        <TitledList title={t('banks.browse.question.options')}>
          {question.options.map((option) => (
            <li key={option.id}>
              {localize(option.label, language)}
              <Typography.Text type="secondary">
                {' · '}
                {t('banks.browse.question.optionScore', { score: option.score })}
                {option.exclusive ? ` · ${t('banks.browse.question.exclusive')}` : ''}
              </Typography.Text>
            </li>
          ))}
        </TitledList>
      )
    case 'number':
      return (
        <>
          {question.unit && (
            <Typography.Paragraph style={small}>
              {t('banks.browse.question.unit', { unit: localize(question.unit, language) })}
            </Typography.Paragraph>
          )}
          {(question.min !== undefined || question.max !== undefined) && (
            <Typography.Paragraph style={small}>
              {t('banks.browse.question.range', {
                range: `${question.min ?? '−∞'} – ${question.max ?? '∞'}`
              })}
            </Typography.Paragraph>
          )}
          {target(question.scoring)}
        </>
      )
    case 'percentage':
      return target(question.scoring) ?? null
    case 'date':
      return question.scoring ? (
        <Typography.Paragraph style={small}>
          {t('banks.browse.question.withinDays', { days: question.scoring.withinDays })}
        </Typography.Paragraph>
      ) : null
    case 'yesPartialNo':
    case 'text':
    case 'evidence':
      return null
  }
}
