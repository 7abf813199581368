import { Descriptions, Flex, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { FindingRecord } from '@shared/assessment/assessment'

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
      {feedback.explanation && (
        <Descriptions.Item label={t('remediation.drawer.feedbackExplanation')}>
          {feedback.explanation}
        </Descriptions.Item>
      )}
      {feedback.plan && (
        <Descriptions.Item label={t('remediation.drawer.feedbackPlan')}>
          {feedback.plan}
        </Descriptions.Item>
      )}
      {feedback.plannedDate && (
        <Descriptions.Item label={t('remediation.drawer.feedbackDate')}>
          {feedback.plannedDate}
        </Descriptions.Item>
      )}
      {feedback.by && (
        <Descriptions.Item label={t('remediation.drawer.feedbackBy')}>
          {feedback.by}
        </Descriptions.Item>
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
