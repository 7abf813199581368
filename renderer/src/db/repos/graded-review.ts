import { SEAL_COVERS } from '@shared/assessment/seal-covers'
import { assessmentContentHash } from '@shared/assessment/canonical'
import type { ReviewLevel, ReviewRecord } from '@shared/assessment/review-record'
import {
  isFinalReviewLevel,
  nextReviewLevel,
  sendBackReview,
  signReview,
  startReview
} from '@shared/review'
import type { StabilityDatabase } from '../database'
import type { AssessmentRow } from '../schema'
import { StorageError } from '../storage-error'
import { registerTables } from './register-store'
import { loadAssessment } from './assessments'
import { changeAssessment } from './audited-change'

/**
 * The review record an assessment is reviewed by: its own once a level signed, else one started
 * from the levels in Settings (docs/review.md).
 */
export function reviewRecordOf(row: AssessmentRow, levels: readonly ReviewLevel[]): ReviewRecord {
  return row.review ?? startReview(levels)
}

export interface ReviewSignRequest {
  level: number
  by: string
  comment?: string
}

/**
 * Signs one review level (分级复核) in one transaction: the content is hashed inside it, the rules
 * of shared/review decide (order, who may sign, same content as the level before — a refusal is
 * thrown as a ReviewRefusal and nothing is written), and the step is logged. The last level's
 * signature finalizes: the assessment is sealed as finalizeWithSeal does.
 */
export function signReviewLevel(
  db: StabilityDatabase,
  id: string,
  levels: readonly ReviewLevel[],
  request: ReviewSignRequest,
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(
    db,
    id,
    {
      require: 'editable',
      by: request.by,
      now,
      coalesce: false,
      tables: [db.answers, db.factorInputs, db.findings, ...registerTables(db)],
      read: () => loadAssessment(db, id)
    },
    (row, at, assessment) => {
      if (!assessment) throw new StorageError('notFound', `assessment ${id} does not exist`)
      const contentHash = assessmentContentHash(assessment)
      const record = reviewRecordOf(row, levels)
      const review = signReview(record, { ...request, at, contentHash })
      const signature = review.signatures.at(-1)!
      const name = review.levels[request.level - 1]!.name
      const final = isFinalReviewLevel(review, request.level)
      return {
        patch: final
          ? {
              review,
              status: 'finalized',
              finalization: {
                by: signature.by,
                at,
                contentHash,
                covers: [...SEAL_COVERS],
                ...(row.auditHead ? { auditHead: row.auditHead } : {})
              }
            }
          : { review, status: 'inReview' },
        audit: {
          action: 'review.sign',
          target: `review:${request.level}`,
          oldValue: row.status,
          newValue: { ...signature, name }
        }
      }
    }
  )
}

/**
 * Sends the assessment back to a level that signed: that signature and every later one are
 * withdrawn (a finalized assessment is reopened), the reason is required and logged. Back to
 * level 1 is back to draft.
 */
export function sendBackToLevel(
  db: StabilityDatabase,
  id: string,
  level: number,
  by: string,
  reason: string,
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(db, id, { require: 'exists', by, now, coalesce: false }, (row) => {
    if (row.deletedAt) throw new StorageError('readOnly', `assessment ${id} is in the trash`)
    const record = row.review ?? startReview([])
    const review = sendBackReview(record, level, reason)
    return {
      patch: {
        review,
        status: level === 1 ? 'draft' : 'inReview',
        finalization: undefined
      },
      audit: {
        action: 'review.sendBack',
        target: `review:${level}`,
        oldValue: record.signatures.slice(level - 1),
        newValue: level === 1 ? 'draft' : 'inReview',
        reason: reason.trim()
      }
    }
  })
}

/** The level that signs next by the record (or Settings' levels when nothing signed yet). */
export function nextLevelOf(row: AssessmentRow, levels: readonly ReviewLevel[]): number | null {
  return nextReviewLevel(reviewRecordOf(row, levels))
}
