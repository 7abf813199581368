import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AssessmentStatus } from '@shared/assessment/assessment'

const colors: Record<AssessmentStatus, string> = {
  draft: 'default',
  inReview: 'processing',
  finalized: 'success'
}

/** Draft / in review / finalized, each with its own colour. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={colors[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`assessments.status.${status}`)}
    </Tag>
  )
}
