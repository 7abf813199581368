import { Button, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { formatDateTime } from '../audit/format-date'
import type { ExistingItem } from './useImportPackage'

interface ExistingAssessmentRowProps {
  item: ExistingItem
  busy: boolean
  onMerge: () => void
  onCopy: () => void
}

/** An assessment of the package that already exists here: merge it or import it as a copy. */
export function ExistingAssessmentRow({ item, busy, onMerge, onCopy }: ExistingAssessmentRowProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { assessment, state } = item
  return (
    <div
      className="package-existing"
      data-testid="package-existing"
      data-assessment-id={assessment.id}
      data-state={state}
    >
      <div>
        <Typography.Text strong>{assessment.metadata.institution}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {assessment.metadata.period.start} – {assessment.metadata.period.end}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary">
            {[
              t('packages.updated', { date: formatDateTime(assessment.updatedAt, language) }),
              assessment.metadata.assessors.join(t('common.listSeparator'))
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </div>
      </div>
      {state === 'pending' ? (
        <Space>
          <Button type="primary" data-testid="package-merge" loading={busy} onClick={onMerge}>
            {t('packages.mergeInto')}
          </Button>
          <Button data-testid="package-copy" disabled={busy} onClick={onCopy}>
            {t('packages.copy')}
          </Button>
        </Space>
      ) : (
        <Tag color="green">{t(state === 'merged' ? 'packages.merged' : 'packages.copied')}</Tag>
      )}
    </div>
  )
}
