import { Card, Descriptions, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../audit/format-date'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import { useRegistersWithRows } from '../../db/hooks/useRegisters'
import { liveSealVerdict } from './seal-check'

/** The finalization record: who signed, when, the content digest, and whether it still matches. */
export function SealCard() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const workspace = useWorkspace()
  const seal = workspace.assessment.finalization
  const { assessment, answers, factorEntries, findingRecords } = workspace
  const registers = useRegistersWithRows(assessment.id)
  // undefined while the registers load: no verdict is shown before it is known.
  const verdict = useMemo(
    () =>
      seal && registers !== undefined
        ? liveSealVerdict({ assessment, answers, factorEntries, findingRecords }, registers)
        : undefined,
    [seal, assessment, answers, factorEntries, findingRecords, registers]
  )

  return (
    <Card title={t('review.seal.title')} data-testid="seal-record">
      {seal ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'by',
              label: t('review.seal.by'),
              children: <span data-testid="seal-by">{seal.by}</span>
            },
            { key: 'at', label: t('review.seal.at'), children: formatDateTime(seal.at, language) },
            {
              key: 'hash',
              label: t('review.seal.hash'),
              children: (
                <span>
                  <Typography.Text
                    code
                    copyable
                    data-testid="seal-hash"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {seal.contentHash}
                  </Typography.Text>{' '}
                  {verdict === 'valid' && <Tag color="success">{t('review.seal.valid')}</Tag>}
                  {verdict === 'beforeRegisters' && (
                    <Tag color="warning" data-testid="seal-before-registers">
                      {t('review.seal.beforeRegisters')}
                    </Tag>
                  )}
                  {verdict === 'mismatch' && <Tag color="error">{t('review.seal.invalid')}</Tag>}
                </span>
              )
            }
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('review.seal.none')}</Typography.Text>
      )}
    </Card>
  )
}
