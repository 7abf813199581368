import { Collapse, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import { useLanguage } from '../../i18n/useLanguage'
import { QuestionDetails } from './QuestionDetails'

/** Pillar by pillar, one collapsible panel per section or process with its questions. */
export function BankQuestions({ bank }: { bank: Bank }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Space orientation="vertical" size={24} style={{ display: 'flex' }}>
      {bank.pillars.map((pillar) => (
        <section key={pillar.id} aria-labelledby={`pillar-${pillar.id}`}>
          <Typography.Title level={2} id={`pillar-${pillar.id}`} style={{ fontSize: 18 }}>
            {pillar.id} {localize(pillar.title, language)}
          </Typography.Title>
          <Collapse
            items={pillar.sections.map((section) => ({
              key: section.id,
              label: (
                <Space wrap size={8} data-testid={`bank-section-${section.id}`}>
                  <Typography.Text strong>
                    {section.id} {localize(section.title, language)}
                  </Typography.Text>
                  <Tag>{t(`banks.browse.sectionKind.${section.kind}`)}</Tag>
                  {section.provisional && <Tag color="orange">{t('banks.browse.provisional')}</Tag>}
                  <Typography.Text type="secondary">
                    {t('banks.browse.questionCount', { count: section.questions.length })}
                  </Typography.Text>
                </Space>
              ),
              children: (
                <>
                  {section.description && (
                    <Typography.Paragraph type="secondary">
                      {localize(section.description, language)}
                    </Typography.Paragraph>
                  )}
                  {section.questions.map((question) => (
                    <QuestionDetails key={question.id} bank={bank} question={question} />
                  ))}
                </>
              )
            }))}
          />
        </section>
      ))}
    </Space>
  )
}
