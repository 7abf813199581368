/**
 * Graded review (分级复核, docs/review.md): the order levels sign in, who may sign each, the
 * content each approved, and sending back. Pure TypeScript; the app's review screen, the workbook
 * and the Word report read the record, the Dexie repository writes it through these rules.
 */
export {
  ReviewRefusal,
  isFinalReviewLevel,
  nextReviewLevel,
  reviewSignRefusal,
  sendBackReview,
  signReview,
  staleReviewSignature,
  startReview
} from './graded-review'
export type { ReviewRefusalCode } from './graded-review'
