import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AssessmentStatus } from '@shared/assessment/assessment'

/** Each status's tag colour, wherever a status is shown. */
export const STATUS_COLOURS: Record<AssessmentStatus, string> = {
  draft: 'default',
  inReview: 'processing',
  finalized: 'success'
}

/** Draft / in review / finalized, each with its own colour. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`assessments.status.${status}`)}
    </Tag>
  )
}
