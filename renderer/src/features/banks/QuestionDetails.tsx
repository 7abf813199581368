import { Space, Tag, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import type { Question } from '@shared/bank/question'
import { printCondition } from '@shared/bank-xlsx/condition-syntax'
import { useLanguage } from '../../i18n/useLanguage'
import { QuestionTypeDetails } from './QuestionTypeDetails'
import { ReferenceList } from './ReferenceList'
import { SourceTag } from './SourceTag'

/** One question as the assessor will see it, with everything that decides how it is scored. */
export function QuestionDetails({ bank, question }: { bank: Bank; question: Question }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { token } = theme.useToken()
  return (
    <article
      data-testid={`bank-question-${question.id}`}
      style={{ padding: '12px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}
    >
      <Typography.Paragraph style={{ marginBottom: 6 }}>
        <Typography.Text code>{question.id}</Typography.Text>{' '}
        <Typography.Text strong>{localize(question.text, language)}</Typography.Text>
      </Typography.Paragraph>
      <Space wrap size={[4, 4]} style={{ marginBottom: 6 }}>
        <Tag color="blue">{t(`banks.browse.types.${question.type}`)}</Tag>
        <Tag>{t('banks.browse.question.weight', { weight: question.weight })}</Tag>
        {question.critical && <Tag color="red">{t('banks.browse.question.critical')}</Tag>}
        {!question.required && <Tag>{t('banks.browse.question.optional')}</Tag>}
        {question.allowNA && <Tag>{t('banks.browse.question.allowNA')}</Tag>}
        <SourceTag source={question.source} />
      </Space>
      {question.guidance && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
          <Typography.Text type="secondary" strong>
            {t('banks.browse.question.guidance')}
            {t('common.colon')}
          </Typography.Text>
          {localize(question.guidance, language)}
        </Typography.Paragraph>
      )}
      <QuestionTypeDetails bank={bank} question={question} />
      {question.visibleWhen && (
        <Typography.Paragraph style={{ margin: '4px 0 0', fontSize: 12 }}>
          {t('banks.browse.question.visibleWhen')}
          {t('common.colon')}
          <Typography.Text code>{printCondition(question.visibleWhen)}</Typography.Text>
        </Typography.Paragraph>
      )}
      {question.redLine && (
        <Typography.Paragraph type="danger" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {t('banks.browse.question.redLine')}
          {t('common.colon')}
          {localize(question.redLine.message, language)}
        </Typography.Paragraph>
      )}
      <ReferenceList bank={bank} references={question.references} />
    </article>
  )
}
