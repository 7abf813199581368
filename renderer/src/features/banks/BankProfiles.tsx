import { Card, Descriptions, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Bank } from '@shared/bank/bank'
import { localize } from '@shared/bank/lookup'
import { useLanguage } from '../../i18n/useLanguage'

/** The scoring profiles: pillar weights, questionnaire share and the level thresholds. */
export function BankProfiles({ bank }: { bank: Bank }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const clauses = t('common.clauseSeparator')
  const pillarName = (id: string) => {
    const pillar = bank.pillars.find((p) => p.id === id)
    return pillar ? `${id} ${localize(pillar.title, language)}` : id
  }
  return (
    <Space orientation="vertical" size={12} style={{ display: 'flex' }}>
      {bank.profiles.map((profile) => (
        <Card
          key={profile.id}
          size="small"
          title={
            <Space size={8}>
              <span>{localize(profile.name, language)}</span>
              <Typography.Text type="secondary">{profile.version}</Typography.Text>
              {profile.id === bank.defaultProfileId && (
                <Tag color="blue">{t('banks.browse.profile.default')}</Tag>
              )}
            </Space>
          }
        >
          {profile.description && (
            <Typography.Paragraph>{localize(profile.description, language)}</Typography.Paragraph>
          )}
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 140 } }}
            items={[
              {
                key: 'weights',
                label: t('banks.browse.profile.pillarWeights'),
                children: Object.entries(profile.pillarWeights)
                  .map(([id, weight]) => `${pillarName(id)} ${weight}`)
                  .join(clauses)
              },
              {
                key: 'share',
                label: t('banks.browse.profile.questionnaireShare'),
                children: t('banks.browse.profile.questionnaireShareValue', {
                  share: Math.round(profile.questionnaireShare * 100)
                })
              },
              {
                key: 'levels',
                label: t('banks.browse.profile.levels'),
                children: profile.levels
                  .map(
                    (level) =>
                      `${level.code} ${localize(level.label, language)} ${t('banks.browse.profile.levelRange', { min: level.minScore })}`
                  )
                  .join(clauses)
              }
            ]}
          />
        </Card>
      ))}
    </Space>
  )
}
