import { Descriptions, Flex, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { FindingRecord } from '@shared/assessment/assessment'

/** The feedback's optional details, in their order, each with its label (`remediation.drawer.<label>`). */
const FEEDBACK_DETAILS = [
  ['explanation', 'feedbackExplanation'],
  ['plan', 'feedbackPlan'],
  ['plannedDate', 'feedbackDate'],
  ['by', 'feedbackBy']
] as const

/** 事实确认: what the assessed department answered (from the feedback workbook), read-only here. */
export function FeedbackView({ record }: { record: FindingRecord }) {
  const { t } = useTranslation()
  const feedback = record.feedback
  if (feedback === undefined)
    return <Typography.Text type="secondary">{t('remediation.drawer.noFeedback')}</Typography.Text>
  return (
    <Descriptions size="small" column={1} bordered data-testid="finding-feedback">
      <Descriptions.Item label={t('remediation.columns.feedback')}>
        {t(`remediation.responses.${feedback.response}`)}
      </Descriptions.Item>
      {FEEDBACK_DETAILS.map(
        ([field, label]) =>
          feedback[field] && (
            <Descriptions.Item key={field} label={t(`remediation.drawer.${label}`)}>
              {feedback[field]}
            </Descriptions.Item>
          )
      )}
    </Descriptions>
  )
}

/** 往期记录: how the finding stood at the end of each earlier period it was carried from. */
export function HistoryView({ record }: { record: FindingRecord }) {
  const { t } = useTranslation()
  const history = record.history ?? []
  if (history.length === 0) return null
  return (
    <Timeline
      data-testid="finding-history"
      items={history.map((period) => ({
        key: `${period.assessmentId}-${period.period.end}`,
        children: (
          <Flex vertical gap={2}>
            <Typography.Text>
              {t('remediation.drawer.historyItem', {
                start: period.period.start,
                end: period.period.end,
                report: period.reportNumber ? ` ${period.reportNumber}` : '',
                status: t(`remediation.statuses.${period.status}`)
              })}
            </Typography.Text>
            {period.owner && (
              <Typography.Text type="secondary">
                {t('remediation.drawer.historyOwner', { owner: period.owner })}
              </Typography.Text>
            )}
            {period.dueDate && (
              <Typography.Text type="secondary">
                {t('remediation.drawer.historyDue', { due: period.dueDate })}
              </Typography.Text>
            )}
          </Flex>
        )
      }))}
    />
  )
}
