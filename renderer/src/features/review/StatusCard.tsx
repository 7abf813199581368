import { CheckOutlined, RollbackOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentStatus } from '@shared/assessment/assessment'
import { nextReviewLevel } from '@shared/review'
import type { ReviewRecord } from '@shared/assessment/review-record'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { reviewRecordOf } from '../../db/repos/graded-review'
import { getDatabase } from '../../db/database'
import { setReviewStatus } from '../../db/repos/assessments'
import { useWorkspace } from '../workspace/workspace-context'
import type { Checklist } from './checklist'
import { FinalizeDialog } from './FinalizeDialog'
import { ReopenDialog } from './ReopenDialog'
import { useActor } from './useActor'
import { useFailureToast } from '../../i18n/useFailureToast'
import { STATUS_COLOURS } from '../assessments/StatusTag'

/** The move back or forth that each status offers before finalizing, and its button. */
const MOVES: Partial<Record<AssessmentStatus, Move>> = {
  draft: { to: 'inReview', icon: <SendOutlined />, testId: 'submit-review', label: 'submit' },
  inReview: {
    to: 'draft',
    icon: <RollbackOutlined />,
    testId: 'back-to-draft',
    label: 'backToDraft'
  }
}

interface Move {
  to: Exclude<AssessmentStatus, 'finalized'>
  icon: ReactNode
  testId: string
  label: 'submit' | 'backToDraft'
}

/** The assessment's status and the actions that move it: submit, back to draft, finalize, reopen. */
export function StatusCard({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const { assessment } = useWorkspace()
  const actor = useActor()
  const [dialog, setDialog] = useState<'finalize' | 'reopen' | null>(null)
  const status = assessment.status
  const trashed = assessment.deletedAt !== undefined
  const move = trashed ? undefined : MOVES[status]
  // With graded review the last level finalizes, once every earlier level has signed.
  const review = reviewRecordOf(assessment, useAppSettings().reviewLevels)
  const graded = review.levels.length > 1

  async function moveTo(next: Exclude<AssessmentStatus, 'finalized'>) {
    try {
      await setReviewStatus(getDatabase(), assessment.id, next, actor || '—')
    } catch (error) {
      failed(error, (message) => t('review.actions.failed', { message }))
    }
  }

  return (
    <Card>
      <Flex align="center" gap={16} wrap>
        <Typography.Text type="secondary">{t('review.status.label')}</Typography.Text>
        <Tag color={STATUS_COLOURS[status]} data-testid="review-status" data-status={status}>
          {t(`review.status.${status}`)}
        </Tag>
        <Flex gap={8} wrap style={{ marginLeft: 'auto' }}>
          {move && (
            <Button icon={move.icon} data-testid={move.testId} onClick={() => void moveTo(move.to)}>
              {t(`review.actions.${move.label}`)}
            </Button>
          )}
          {status !== 'finalized' && !trashed && (
            <FinalizeButton review={review} onClick={() => setDialog('finalize')} />
          )}
          {status === 'finalized' && !trashed && (
            <Button
              icon={<UnlockOutlined />}
              data-testid="reopen"
              onClick={() => setDialog('reopen')}
            >
              {t('review.actions.reopen')}
            </Button>
          )}
        </Flex>
      </Flex>
      <FinalizeDialog
        open={dialog === 'finalize'}
        onClose={() => setDialog(null)}
        checklist={checklist}
        defaultSigner={actor}
        review={graded ? review : undefined}
      />
      <ReopenDialog open={dialog === 'reopen'} onClose={() => setDialog(null)} defaultBy={actor} />
    </Card>
  )
}

/**
 * "Finalize and sign", or with graded review the last level's signing, which waits until every
 * earlier level has signed.
 */
function FinalizeButton({ review, onClick }: { review: ReviewRecord; onClick: () => void }) {
  const { t } = useTranslation()
  const graded = review.levels.length > 1
  const finalLevelWaits = graded && nextReviewLevel(review) !== review.levels.length
  return (
    <Tooltip title={finalLevelWaits ? t('review.levels.waitEarlier') : undefined}>
      <Button
        type="primary"
        icon={<CheckOutlined />}
        data-testid="finalize"
        disabled={finalLevelWaits}
        onClick={onClick}
      >
        {graded
          ? t('review.levels.sign', { name: review.levels.at(-1)!.name })
          : t('review.actions.finalize')}
      </Button>
    </Tooltip>
  )
}
